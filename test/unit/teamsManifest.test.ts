import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json';
import { buildTeamsManifest } from '../../src/channels/teams/manifest';
import { readIntent } from '../../src/understanding/intent';

/**
 * The Teams app package: the manifest template and every manifest packaging makes from it are valid
 * against Microsoft's schema (vendored in teams/schema, see its README), the icons are what Teams
 * asks for, and each command in the command list is one the bot understands.
 */

const root = path.join(__dirname, '../..');
const teams = path.join(root, 'teams');
const template = JSON.parse(readFileSync(path.join(teams, 'manifest.json'), 'utf8')) as {
  $schema: string;
  manifestVersion: string;
  icons: { color: string; outline: string };
  bots: { commandLists: { commands: { title: string; description: string }[] }[] }[];
};
const schema = JSON.parse(
  readFileSync(path.join(teams, 'schema', `MicrosoftTeams.v${template.manifestVersion}.schema.json`), 'utf8'),
) as object;

function validator() {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
  ajv.addMetaSchema(draft04);
  const validate = ajv.compile(schema);
  return (manifest: unknown) => {
    validate(manifest);
    return (validate.errors ?? []).map((error) => `${error.dataPath || '(root)'} ${error.message}`);
  };
}

const SETTINGS = {
  botId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  publicUrl: 'https://signpost.riverside-pcn.example.nhs.uk',
};

/** Width, height, bit depth and colour type, and the pixels when every row is stored unfiltered. */
function readPng(file: string) {
  const bytes = readFileSync(path.join(teams, file));
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  const data: Buffer[] = [];
  let header: Buffer | undefined;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  if (!header) throw new Error(`${file} has no IHDR`);
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(data));
  const stride = 1 + width * 4;
  const unfiltered = Array.from({ length: height }, (_, y) => raw[y * stride]).every(
    (filter) => filter === 0,
  );
  const pixel = (x: number, y: number) => [...raw.subarray(y * stride + 1 + x * 4, y * stride + 5 + x * 4)];
  return { width, height, bitDepth: header[8], colourType: header[9], unfiltered, pixel };
}

describe('the Teams app package', () => {
  const check = validator();

  it('declares the manifest version of the schema it is checked against', () => {
    expect(template.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${template.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    expect(check({})).not.toEqual([]);
  });

  it('has a template that is a valid manifest', () => {
    expect(check(template)).toEqual([]);
  });

  it('makes a valid manifest for a deployment, with its bot and its address', () => {
    const built = buildTeamsManifest(template, { ...SETTINGS, version: '1.2.3' });
    if (!built.ok) throw new Error(built.problems.join('; '));
    expect(check(built.manifest)).toEqual([]);
    expect(built.manifest).toMatchObject({
      id: SETTINGS.botId,
      version: '1.2.3',
      bots: [{ botId: SETTINGS.botId, scopes: ['personal'] }],
      developer: {
        websiteUrl: 'https://signpost.riverside-pcn.example.nhs.uk/',
        privacyUrl: 'https://signpost.riverside-pcn.example.nhs.uk/#privacy-heading',
      },
      validDomains: ['signpost.riverside-pcn.example.nhs.uk'],
    });
  });

  it.each([
    ['no bot id', { ...SETTINGS, botId: '' }, 'botId'],
    ['the template bot id', { ...SETTINGS, botId: '00000000-0000-0000-0000-000000000000' }, 'botId'],
    ['an http address', { ...SETTINGS, publicUrl: 'http://signpost.example.nhs.uk' }, 'publicUrl'],
    ['a version that is not semver', { ...SETTINGS, version: 'v2' }, 'version'],
  ])('refuses to package with %s', (_name, settings, field) => {
    const built = buildTeamsManifest(template, settings);
    expect(built.ok).toBe(false);
    expect(built.ok ? [] : built.problems.join('\n')).toMatch(new RegExp(`^${field}:`, 'm'));
  });

  it('has a 192x192 colour icon and a 32x32 white-on-transparent outline icon', () => {
    const colour = readPng(template.icons.color);
    expect([colour.width, colour.height, colour.bitDepth, colour.colourType]).toEqual([192, 192, 8, 6]);
    const outline = readPng(template.icons.outline);
    expect([outline.width, outline.height, outline.bitDepth, outline.colourType]).toEqual([32, 32, 8, 6]);
    expect(outline.unfiltered).toBe(true);
    const notWhite: string[] = [];
    for (let y = 0; y < 32; y += 1) {
      for (let x = 0; x < 32; x += 1) {
        const [r, g, b, a] = outline.pixel(x, y);
        if (a > 0 && (r !== 255 || g !== 255 || b !== 255)) notWhite.push(`${x},${y}`);
      }
    }
    expect(notWhite).toEqual([]);
  });

  it('lists only commands the bot understands, in the words it understands them', () => {
    const commands = template.bots[0].commandLists[0].commands;
    const meant = commands.map((command) => [
      command.title,
      readIntent({ text: command.title, locale: 'en-GB' }).value,
    ]);
    expect(meant).toEqual([
      ['help', 'help'],
      ['book', 'book'],
      ['my booking', 'myBooking'],
      ['talk to a person', 'talkToPerson'],
      ['start over', 'startOver'],
      ['delete my data', 'deleteData'],
    ]);
    for (const command of commands) expect(command.title.length).toBeLessThanOrEqual(32);
  });
});
