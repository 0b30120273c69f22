/** The storage chooser's starting question: a web app whose instances in two AZs share uploaded files. */
import type { StorageNeeds } from '../../lib/storage';

export const chooserStart: StorageNeeds = {
	sharedAccess: true,
	surviveStop: true,
	multiAz: true,
	os: 'linux',
	scratchSpeed: false,
};

/** Presets the page offers as buttons, each with the answer the engine gives (asserted by the unit test). */
export const chooserPresets: { label: string; needs: StorageNeeds }[] = [
	{ label: 'Shared uploads for a web fleet', needs: chooserStart },
	{
		label: 'Database on one instance',
		needs: { sharedAccess: false, surviveStop: true, multiAz: false, os: 'linux', scratchSpeed: false },
	},
	{
		label: 'Cache / scratch space',
		needs: { sharedAccess: false, surviveStop: false, multiAz: false, os: 'linux', scratchSpeed: true },
	},
	{
		label: 'Shared folder for Windows servers',
		needs: { sharedAccess: true, surviveStop: true, multiAz: false, os: 'windows', scratchSpeed: false },
	},
];
