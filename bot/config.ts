import { z } from 'zod';
import { ErrorCode, RapporteurError } from '../retrieval/errors.js';

/** The only place that reads `process.env`; everything else receives a `Config`. */

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z.object({
  DATA_DIR: z.string().default('./data'),
  SEEDS_DIR: z.string().default('./seeds'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EMBEDDINGS_PROVIDER: z.enum(['use-lite', 'openai', 'transformers']).default('use-lite'),
  EMBEDDINGS_MODEL: optional,
  TRANSFORMERS_MODEL_DIR: optional,
  MAX_QUESTION_CHARS: positiveInt(1000),
  RATE_LIMIT_PER_MINUTE: positiveInt(30),
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: optional,
  /** OAuth distribution (any workspace installs the app): all three together, instead of SLACK_BOT_TOKEN. */
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  MicrosoftAppId: optional,
  MicrosoftAppPassword: optional,
  MicrosoftAppType: optional,
  MicrosoftAppTenantId: optional,
  LLM_PROVIDER: z.enum(['openai', 'anthropic', 'ollama']).optional().or(z.literal('').transform(() => undefined)),
  LLM_MODEL: optional,
  LLM_TIMEOUT_MS: positiveInt(8000),
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional,
  ANTHROPIC_API_KEY: optional,
  OLLAMA_BASE_URL: optional,
  MEETINGS_FILE: z.string().default('./meetings.json'),
  SHUTDOWN_TIMEOUT_MS: positiveInt(25_000),
  /** `postgres://…`: the state store in PostgreSQL, shared by several replicas; unset, SQLite in DATA_DIR. */
  DATABASE_URL: optional,
  /** How long a replica's claim on an outbox post (a digest) holds before another may take it over. */
  OUTBOX_LEASE_MS: positiveInt(2 * 60_000),
  /** How often each replica looks for outbox posts that are due (retries, expired leases). */
  OUTBOX_INTERVAL_MS: positiveInt(30_000),
});

/** Keys the chosen chat-model provider cannot work without. */
const LLM_KEY = { openai: 'OPENAI_API_KEY', anthropic: 'ANTHROPIC_API_KEY' } as const;

/** Settings that only make sense together are checked at start, not at the first question. */
const ConfigSchema = EnvSchema.superRefine((env, ctx) => {
  if (env.DATABASE_URL && !/^postgres(ql)?:\/\//i.test(env.DATABASE_URL)) {
    ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'not a postgres:// URL' });
  }
  const provider = env.LLM_PROVIDER;
  if (!provider) {
    if (env.LLM_MODEL) {
      const message = 'LLM_MODEL is set but LLM_PROVIDER is not; set LLM_PROVIDER to openai, anthropic or ollama, or unset LLM_MODEL';
      ctx.addIssue({ code: 'custom', path: ['LLM_PROVIDER'], message });
    }
    return;
  }
  if (provider !== 'ollama' && !env[LLM_KEY[provider]]) {
    const hint = provider === 'openai' ? ' (any non-empty value for a local OpenAI-compatible server that does not check keys)' : '';
    ctx.addIssue({ code: 'custom', path: [LLM_KEY[provider]], message: `required when LLM_PROVIDER=${provider}${hint}` });
  }
  for (const name of ['OPENAI_BASE_URL', 'OLLAMA_BASE_URL'] as const) {
    const value = env[name];
    if (value && !(/^https?:\/\//i.test(value) && URL.canParse(value))) {
      ctx.addIssue({ code: 'custom', path: [name], message: `not an http(s) URL: ${value}` });
    }
  }
});

export type Config = z.infer<typeof ConfigSchema>;

/** Validates the environment; a bad value names the variable and what it should be. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new RapporteurError(ErrorCode.ConfigInvalid, `Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
