/** The AMI copy visualiser's source image: a "golden" web-server AMI in us-east-1 shared with one account. */
import type { AmiImage } from '../../lib/storage';

export const goldenAmi: AmiImage = {
	imageId: 'ami-0abcdef1234567890',
	region: 'us-east-1',
	name: 'web-server-golden-2026-11',
	snapshotIds: ['snap-0123456789abcdef0', 'snap-0fedcba9876543210'],
	sharedWithAccounts: ['111122223333'],
};

export const amiCopyTarget = 'eu-west-1';
