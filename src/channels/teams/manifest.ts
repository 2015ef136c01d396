import { z } from 'zod';

/**
 * The Teams app manifest for one deployment, made from the template in teams/manifest.json: the bot
 * is the deployment's Azure Bot (MicrosoftAppId), and the links and valid domain are where people
 * reach Signpost (PUBLIC_URL). Teams accepts only https links, so packaging stops here when either
 * setting is missing or wrong rather than at upload.
 */

const guid = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a GUID');

const settingsSchema = z.object({
  botId: guid.refine((id) => !/^[0-]+$/.test(id), 'must be the Azure Bot app id (MicrosoftAppId), not zeros'),
  /** The Teams app's own id; by default the bot's. */
  appId: guid.optional(),
  publicUrl: z
    .string()
    .url()
    .refine((url) => url.startsWith('https://'), 'must be an https:// address (PUBLIC_URL)'),
  /** The package version, semver: Teams wants it raised for every upload. */
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/)
    .optional(),
});

export type TeamsManifestSettings = z.input<typeof settingsSchema>;

const templateSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    developer: z.object({}).passthrough(),
    bots: z.array(z.object({ botId: z.string() }).passthrough()).length(1),
    validDomains: z.array(z.string()).optional(),
  })
  .passthrough();

export type TeamsManifestResult =
  { ok: true; manifest: Record<string, unknown> } | { ok: false; problems: string[] };

export function buildTeamsManifest(template: unknown, settings: TeamsManifestSettings): TeamsManifestResult {
  const parsedSettings = settingsSchema.safeParse(settings);
  const parsedTemplate = templateSchema.safeParse(template);
  const problems = [
    ...(parsedSettings.success
      ? []
      : parsedSettings.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)),
    ...(parsedTemplate.success
      ? []
      : parsedTemplate.error.issues.map(
          (issue) => `teams/manifest.json ${issue.path.join('.')}: ${issue.message}`,
        )),
  ];
  if (!parsedSettings.success || !parsedTemplate.success) return { ok: false, problems };
  const { botId, appId, publicUrl, version } = parsedSettings.data;
  const base = new URL(publicUrl);
  const site = `${base.origin}${base.pathname.replace(/\/*$/, '/')}`;
  const manifest = parsedTemplate.data;
  return {
    ok: true,
    // Spread from the template as written, so the package's manifest keeps its order of keys.
    manifest: {
      ...(template as Record<string, unknown>),
      id: appId ?? botId,
      version: version ?? manifest.version,
      developer: {
        ...manifest.developer,
        websiteUrl: site,
        privacyUrl: `${site}#privacy-heading`,
        termsOfUseUrl: site,
      },
      bots: [{ ...manifest.bots[0], botId }],
      validDomains: [base.host],
    },
  };
}
