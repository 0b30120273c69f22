/** Every security-group simulator example on the site, by name: the panels and templates are tested on each. */
import { statefulExample } from '../../../src/examples/security-groups/stateful';
import { referencingExample } from '../../../src/examples/security-groups/referencing';
import { lbChainExample } from '../../../src/examples/security-groups/lb-chain';
import { inboundOutboundExample } from '../../../src/examples/security-groups/inbound-outbound';
import { lbSgExample } from '../../../src/examples/load-balancing/lb-sg';
import { rulesTableExample } from '../../../src/examples/security-groups/rules-table';

export const sgSimulatorExamples = {
	statefulExample,
	referencingExample,
	lbChainExample,
	inboundOutboundExample,
	lbSgExample,
	rulesTableExample,
};
