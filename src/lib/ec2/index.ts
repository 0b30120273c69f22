/** Public surface of the EC2 engine: instance type names, the offered catalogue, purchasing and billing maths. */
export { parseInstanceType, InstanceTypeError, type ParsedInstanceType } from './instance-type';
export {
	offeredInstanceTypes,
	offeredFamilies,
	offeredSizesOf,
	isOfferedInstanceType,
	closestOfferedNames,
	INSTANCE_TYPES_SOURCE,
} from './catalog';
export { relativeSize, sizeFactor, DOCUMENTED_METAL_FACTORS, type RelativeSize } from './size';
export { describeInstanceType, type InstanceTypeDescription, type NamePart, type PartKind } from './describe';
export {
	CATEGORIES,
	CATEGORY_LABELS,
	CATEGORY_DOC_URLS,
	SERIES,
	CAPABILITIES,
	PROCESSOR_LABELS,
	type InstanceCategory,
	type Processor,
} from './glossary';
export {
	comparePurchasingOptions,
	PurchasingInputError,
	HOURS_PER_MONTH,
	HOURS_PER_YEAR,
	type PurchasingInput,
	type PurchasingPrices,
	type PurchasingComparison,
	type OptionResult,
	type OptionId,
	type ReservedPrice,
	type SavingsPlanPrice,
	type TermYears,
	type UpfrontOption,
} from './purchasing';
export { PRICE_LIMITS } from './price-limits';
export { purchasingChart, formatMoney, type PurchasingChart } from './purchasing-chart';
export {
	billOnDemandUsage,
	parseDurations,
	billingGranularity,
	BillingInputError,
	MAX_RUN_SECONDS,
	PLATFORM_LABELS,
	type BillingPlatform,
	type OnDemandBill,
} from './billing';
export {
	analyzeUserData,
	buildUserDataScript,
	UserDataError,
	USER_DATA_LIMIT_BYTES,
	type UserDataReport,
	type UserDataFormat,
	type UserDataOptions,
} from './user-data';
export { familyRows, type FamilyRow } from './families';
export { savingsPlanCoverage, type SavingsPlan, type Usage, type Coverage } from './savings-plans';
export {
	amazonLinuxImageId,
	runInstancesCommand,
	runInstancesNotes,
	withUserData,
	type RunInstancesOptions,
} from './cli-export';
