/** A chapter quiz: typed data, checked by tests, rendered by src/components/quiz/ChapterQuiz.astro. */
export type ChapterId = 'iam' | 'ec2' | 'security-groups' | 'storage' | 'load-balancing';

export interface QuizOption {
	/** Stable within its question; used in the DOM and in saved progress. */
	id: string;
	text: string;
	correct: boolean;
}

export interface QuizQuestion {
	/** Stable within the quiz (saved progress refers to it). */
	id: string;
	kind: 'single' | 'multiple';
	prompt: string;
	/** Optional code or data shown under the prompt (a policy, a rule table, a name to decode). */
	snippet?: { language: 'json' | 'text' | 'sh'; code: string };
	options: QuizOption[];
	/** Why the right answer is right, in a sentence or three. */
	explanation: string;
	/** The page that teaches it: an absolute site path, optionally with an #anchor. */
	learnMore: { href: string; label: string };
	/** Set when the correct options were computed by src/lib, not written by hand. */
	computedBy?: string;
}

export interface ChapterQuiz {
	chapter: ChapterId;
	title: string;
	questions: QuizQuestion[];
}

/** What a reader has answered: question id → selected option ids, and whether that was right. */
export interface QuizProgress {
	answers: Record<string, { selected: string[]; correct: boolean }>;
}
