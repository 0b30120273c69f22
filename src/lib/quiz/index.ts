export type { ChapterId, ChapterQuiz, QuizOption, QuizProgress, QuizQuestion } from './types';
export { QuizError, gradeAnswer, parseProgress, progressStorageKey, scoreProgress, validateQuiz } from './grade';
