// `npm run teams:package`: the Teams app package (manifest.json and the two icons in one zip) for this
// deployment, in dist/teams/signpost-teams.zip, to upload in Teams or the Teams admin centre. The bot id
// is MicrosoftAppId and the links are PUBLIC_URL, read from the environment or .env like `npm start`.
// Needs `npm run build` first (the script's package.json line does it) and the adm-zip package.
const { Buffer } = require('node:buffer');
const { existsSync, mkdirSync, readFileSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const teams = path.join(root, 'teams');

function fail(message) {
  process.stderr.write(`teams:package: ${message}\n`);
  process.exit(1);
}

let AdmZip;
try {
  AdmZip = require('adm-zip');
} catch {
  fail('the adm-zip package is not installed (npm install --save-dev adm-zip).');
}

if (existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'));
const { loadConfig } = require(path.join(root, 'dist/src/server/config.js'));
const { buildTeamsManifest } = require(path.join(root, 'dist/src/channels/teams/manifest.js'));

let config;
try {
  config = loadConfig();
} catch (err) {
  fail(err.message);
}
const result = buildTeamsManifest(JSON.parse(readFileSync(path.join(teams, 'manifest.json'), 'utf8')), {
  botId: config.auth.MicrosoftAppId ?? '',
  publicUrl: config.publicUrl ?? '',
  ...(process.argv[2] ? { version: process.argv[2] } : {}),
});
if (!result.ok) fail(`cannot build the manifest:\n  - ${result.problems.join('\n  - ')}`);

const zip = new AdmZip();
zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(result.manifest, null, 2)}\n`));
zip.addLocalFile(path.join(teams, 'color.png'));
zip.addLocalFile(path.join(teams, 'outline.png'));
const out = path.join(root, 'dist', 'teams');
mkdirSync(out, { recursive: true });
const file = path.join(out, 'signpost-teams.zip');
zip.writeZip(file);
process.stdout.write(
  `Teams app package: ${path.relative(root, file)} (bot ${result.manifest.bots[0].botId})\n`,
);
