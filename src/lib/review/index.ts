/** Public surface of the review engine: spaced repetition of quiz questions and the reader's progress file. */
export { scheduleCard, isDue, SCHEDULER, DAY_MS, type CardState, type Grade } from './scheduler';
export {
	reviewCounts,
	startSession,
	answerCurrent,
	type Cards,
	type ReviewCounts,
	type ReviewSession,
} from './session';
export {
	exportProgress,
	importProgress,
	cardId,
	PROGRESS_FORMAT,
	PROGRESS_VERSION,
	PROGRESS_MAX_BYTES,
	type Progress,
	type ProgressFile,
	type ImportResult,
} from './progress-file';
export { toCardState, ProgressFileError } from './card';
