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
});

export type Config = z.infer<typeof EnvSchema>;

/** Validates the environment; a bad value names the variable and what it should be. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new RapporteurError(ErrorCode.ConfigInvalid, `Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
