/**
 * A realistic credential report for the auditor on the security-tools page, in AWS's documented
 * column format (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html).
 * Invented account 111122223333 (AWS's documentation account ID); no real data.
 * test/unit/credentials/examples.test.ts asserts the findings the page shows.
 */
import type { ServiceLastAccessed } from '../../lib/credentials';

/** "Today" for the sample, so the ages the page shows never drift. */
export const credentialReportNow = new Date('2025-06-01T00:00:00+00:00');

const header =
	'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

const rows = [
	'<root_account>,arn:aws:iam::111122223333:root,2019-03-04T09:12:44+00:00,not_supported,2025-05-20T08:01:10+00:00,not_supported,not_supported,TRUE,TRUE,2020-07-01T10:00:00+00:00,2025-04-02T13:20:00+00:00,us-east-1,s3,FALSE,N/A,N/A,N/A,N/A,FALSE,N/A,FALSE,N/A',
	'alice,arn:aws:iam::111122223333:user/alice,2021-06-01T10:00:00+00:00,TRUE,2025-05-31T17:45:02+00:00,2025-03-10T09:00:00+00:00,N/A,TRUE,TRUE,2025-05-02T08:30:00+00:00,2025-05-31T16:00:00+00:00,us-west-2,ec2,FALSE,N/A,N/A,N/A,N/A,FALSE,N/A,FALSE,N/A',
	'bob,arn:aws:iam::111122223333:user/bob,2023-01-15T12:00:00+00:00,TRUE,2025-05-28T07:10:00+00:00,2023-01-15T12:05:00+00:00,N/A,FALSE,FALSE,N/A,N/A,N/A,N/A,FALSE,N/A,N/A,N/A,N/A,FALSE,N/A,FALSE,N/A',
	'carol,arn:aws:iam::111122223333:user/carol,2022-02-10T09:30:00+00:00,TRUE,2025-05-30T08:00:00+00:00,2024-11-02T10:00:00+00:00,N/A,TRUE,TRUE,2024-04-27T09:00:00+00:00,2025-05-30T11:42:00+00:00,us-west-2,lambda,FALSE,N/A,N/A,N/A,N/A,FALSE,N/A,FALSE,N/A',
	'dave,arn:aws:iam::111122223333:user/dave,2025-02-01T15:00:00+00:00,TRUE,no_information,2025-02-01T15:00:00+00:00,N/A,FALSE,FALSE,N/A,N/A,N/A,N/A,FALSE,N/A,N/A,N/A,N/A,FALSE,N/A,FALSE,N/A',
	'erin,arn:aws:iam::111122223333:user/erin,2020-09-09T09:09:09+00:00,TRUE,2024-12-01T10:00:00+00:00,2024-06-01T10:00:00+00:00,N/A,TRUE,FALSE,N/A,N/A,N/A,N/A,FALSE,N/A,N/A,N/A,N/A,FALSE,N/A,FALSE,N/A',
	'ci-deploy,arn:aws:iam::111122223333:user/ci-deploy,2025-04-15T08:00:00+00:00,FALSE,N/A,N/A,N/A,FALSE,TRUE,2025-04-15T08:01:00+00:00,N/A,N/A,N/A,FALSE,N/A,N/A,N/A,N/A,FALSE,N/A,FALSE,N/A',
	'legacy-reports,arn:aws:iam::111122223333:user/legacy-reports,2018-05-05T05:05:05+00:00,FALSE,N/A,N/A,N/A,FALSE,TRUE,2024-10-01T12:00:00+00:00,2024-11-01T03:00:00+00:00,eu-west-1,s3,FALSE,N/A,N/A,N/A,N/A,FALSE,N/A,FALSE,N/A',
];

export const credentialReportSampleCsv = [header, ...rows].join('\n') + '\n';

/** What Access Advisor might show for the Developers group — used for the table on the page. */
export const accessAdvisorSample: { entity: string; now: Date; services: ServiceLastAccessed[] } = {
	entity: 'Group Developers',
	now: credentialReportNow,
	services: [
		{ service: 'Amazon EC2', namespace: 'ec2', grantedBy: 'AmazonEC2FullAccess', lastAccessed: '2025-05-31T16:00:00Z' },
		{
			service: 'AWS Lambda',
			namespace: 'lambda',
			grantedBy: 'AWSLambda_FullAccess',
			lastAccessed: '2025-05-30T11:42:00Z',
		},
		{ service: 'Amazon S3', namespace: 's3', grantedBy: 'AmazonS3FullAccess', lastAccessed: '2025-01-12T09:00:00Z' },
		{ service: 'Amazon DynamoDB', namespace: 'dynamodb', grantedBy: 'AmazonDynamoDBFullAccess', lastAccessed: null },
	],
};
