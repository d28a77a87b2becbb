/**
 * Service configuration from the environment (read once, in main.ts only; everything below receives it).
 *   RELANCE_PUBLIC_URL        https URL Google calls (the deployment's base), e.g. https://relance-xyz.a.run.app
 *   RELANCE_SERVICE_ACCOUNT   service-PROJECT_NUMBER@gcp-sa-gsuiteaddons.iam.gserviceaccount.com
 *   RELANCE_DATABASE_URL      postgres://… → PostgreSQL store; unset → embedded sql.js file
 *   RELANCE_SQLITE_FILE       file of the embedded store (default ./relance-gmail.sqlite)
 *   RELANCE_USER_AUDIENCE     optional: audience(s) required on the user ID token, comma-separated
 *   RELANCE_MAX_BODY_BYTES    default 262144
 *   PORT / HOST               default 8080 / 0.0.0.0
 */
export interface GmailConfig {
  publicUrl: string;
  serviceAccountEmail: string;
  databaseUrl: string | null;
  sqliteFile: string;
  userAudience: string[] | undefined;
  maxBodyBytes: number;
  port: number;
  host: string;
}

export type ConfigResult = { ok: true; value: GmailConfig } | { ok: false; message: string };

export function configFromEnv(env: Record<string, string | undefined>): ConfigResult {
  const publicUrl = env.RELANCE_PUBLIC_URL?.trim();
  if (!publicUrl || !/^https?:\/\/[^\s]+$/.test(publicUrl)) return { ok: false, message: 'RELANCE_PUBLIC_URL must be the URL Google calls, e.g. https://relance.example.com' };
  const sa = env.RELANCE_SERVICE_ACCOUNT?.trim();
  if (!sa || !/^[^@\s]+@[^@\s]+$/.test(sa)) return { ok: false, message: 'RELANCE_SERVICE_ACCOUNT must be the add-on service account e-mail (gcloud workspace-add-ons get-authorization)' };
  const port = Number(env.PORT ?? 8080);
  const max = Number(env.RELANCE_MAX_BODY_BYTES ?? 262144);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) return { ok: false, message: 'PORT must be a port number' };
  if (!Number.isInteger(max) || max < 1024) return { ok: false, message: 'RELANCE_MAX_BODY_BYTES must be an integer ≥ 1024' };
  const aud = env.RELANCE_USER_AUDIENCE?.split(',').map((s) => s.trim()).filter(Boolean);
  return { ok: true, value: {
    publicUrl: publicUrl.replace(/\/+$/, ''), serviceAccountEmail: sa, databaseUrl: env.RELANCE_DATABASE_URL?.trim() || null,
    sqliteFile: env.RELANCE_SQLITE_FILE?.trim() || 'relance-gmail.sqlite', userAudience: aud?.length ? aud : undefined,
    maxBodyBytes: max, port, host: env.HOST?.trim() || '0.0.0.0',
  } };
}
