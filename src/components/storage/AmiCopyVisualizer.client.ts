/**
 * Browser side of AmiCopyVisualizer.astro. A copy is recorded only while the source AMI ID is valid:
 * pressing Copy AMI with a bad ID records nothing and says why beside the field.
 */
import { AMI_REGIONS, StorageInputError, validateAmi, type AmiImage } from '../../lib/storage';
import { list, oneOf, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { AMI_ID_FIELD_MAX, AMI_MAX_COPIES, amiCopyErrorView, amiCopyView, copySeries } from './ami-views';
import { amiCopyCliState } from './ami-cli-views';
import { mountTryInAccount } from '../kit/TryInAccount.client';

export interface AmiCopyInitial {
	stateKey: string;
	source: AmiImage;
	target: string;
}

const REGION = oneOf(...AMI_REGIONS.map((r) => r.code));
const STATE = record({ imageId: text(AMI_ID_FIELD_MAX), copies: list(REGION, AMI_MAX_COPIES) });

mountWidget<AmiCopyInitial>('ami-copy', (ctx) => {
	const { stateKey, source, target } = ctx.initial;
	const imageInput = ctx.part<HTMLInputElement>('image');
	const regionSelect = ctx.part<HTMLSelectElement>('region');
	const url = ctx.urlState(stateKey, STATE);
	const panel = mountTryInAccount(ctx.root);
	let copies: string[] = [target];

	const image = (): AmiImage => ({ ...source, imageId: imageInput.value.trim() });
	/** The reader's AMI ID problem, or null when it is a valid ID. */
	const imageProblem = (): string | null => {
		try {
			validateAmi(image());
			return null;
		} catch (error) {
			if (error instanceof StorageInputError) return error.message;
			throw error;
		}
	};
	const regionError = (message: string | null) => ctx.fieldError(regionSelect, 'region-error', message);
	const render = () => {
		const problem = imageProblem();
		ctx.fieldError(imageInput, 'image-error', problem);
		ctx.show('output', problem ? amiCopyErrorView(copies.length) : amiCopyView(image(), copySeries(image(), copies)));
		panel.show(amiCopyCliState(image(), copies, problem === null));
	};
	const changed = () => {
		render();
		url.write({ imageId: imageInput.value, copies });
	};

	const saved = url.read();
	if (saved) {
		imageInput.value = saved.imageId;
		copies = saved.copies;
	}
	render();

	imageInput.addEventListener('input', () => {
		regionError(null);
		changed();
	});
	ctx.part('copy').addEventListener('click', () => {
		if (imageProblem()) {
			regionError('Nothing was copied: fix the Source AMI ID first.');
			imageInput.focus();
			return;
		}
		if (copies.length >= AMI_MAX_COPIES) {
			regionError(`This example keeps at most ${AMI_MAX_COPIES} copies: press Start over.`);
			return;
		}
		regionError(null);
		copies = [...copies, regionSelect.value];
		changed();
	});
	ctx.part('reset').addEventListener('click', () => {
		copies = [];
		regionError(null);
		changed();
	});
});
