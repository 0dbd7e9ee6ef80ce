// The server's configuration: process.env read once, validated here, passed down.
import { z } from 'zod';

const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    // Loopback by default: bound wider, imports need WRITE_TOKEN.
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().default('./data'),
    NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must look like neo4j://host:7687 or bolt://host:7687').optional(),
    NEO4J_USER: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().optional(),
    SEED_FILE: z.string().default('./data/taxonomy'),
    IMPORT_LIMIT_BYTES: z.coerce.number().int().positive().default(50 * 1024 * 1024),
    CONSOLE_ROW_LIMIT: z.coerce.number().int().positive().default(1000),
    CONSOLE_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
    CONSOLE_MEMORY_MB: z.coerce.number().int().min(64).max(65_536).default(512),
    CONSOLE_PARSE_BUDGET_MS: z.coerce.number().int().min(100).default(5000),
    CONSOLE_PARSER_IDLE_MS: z.coerce.number().int().min(0).default(600_000),
    CONSOLE_ANSWER_BYTES: z.coerce.number().int().min(1024).default(4 * 1024 * 1024),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
    WRITE_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .refine((c) => !c.NEO4J_URI || c.NEO4J_PASSWORD, {
    message: 'NEO4J_PASSWORD is required when NEO4J_URI is set',
    path: ['NEO4J_PASSWORD'],
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'config'}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
