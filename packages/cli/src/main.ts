// The `hazgov` command: a thin shell over app/ (and api/ for `serve`). One file per command in commands/.
import { ConfigError } from '@hazgov/api/config';
import { auditVerifyCommand } from './commands/audit-verify.js';
import { backupCommand } from './commands/backup.js';
import { identifyCommand } from './commands/identify.js';
import { migrateCommand } from './commands/migrate.js';
import { planExportTasksCommand } from './commands/plan-export-tasks.js';
import { restoreCommand } from './commands/restore.js';
import { seedDemoCommand } from './commands/seed-demo.js';
import { seedOrgsCommand } from './commands/seed-orgs.js';
import { serveCommand } from './commands/serve.js';
import { userAddCommand } from './commands/user-add.js';
import { printError } from './cli-error.js';

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  serve: serveCommand,
  migrate: migrateCommand,
  'seed-demo': seedDemoCommand,
  'seed-orgs': seedOrgsCommand,
  'user add': userAddCommand,
  'audit verify': auditVerifyCommand,
  backup: backupCommand,
  restore: restoreCommand,
  'plan export-tasks': planExportTasksCommand,
  identify: identifyCommand,
};

const help = `hazgov — 危险化学品安全综合治理平台

  hazgov serve [--port 8080] [--host 127.0.0.1] [--data-dir DIR] [--demo]
  hazgov migrate
  hazgov seed-orgs [--file data/plans/conghua-organisations.json]
  hazgov seed-demo
  hazgov user add --username U --name 姓名 --role district_admin --org ORG_ID --password P
  hazgov audit verify
  hazgov backup --out FILE [--format sqlite|jsonl] [--force]
  hazgov restore --in FILE            (into an empty database only)
  hazgov plan export-tasks --out FILE.xlsx [--plan PLAN_ID]
  hazgov identify FILE.xlsx|FILE.csv [--json]   (GB 18218 major hazards; no database; --help for the columns)

Every command takes --data-dir (default ./data/db); DATABASE_URL=postgres://… selects PostgreSQL.
`;

export async function main(argv: string[]): Promise<number> {
  const [first, second] = argv;
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(help);
    return first ? 0 : 1;
  }
  const two = second ? commands[`${first} ${second}`] : undefined;
  const command = two ?? commands[first];
  if (!command) {
    process.stderr.write(`unknown command: ${argv.slice(0, 2).join(' ')}\n\n${help}`);
    return 2;
  }
  try {
    return await command(argv.slice(two ? 2 : 1));
  } catch (err) {
    if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
    else if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) process.stderr.write(`${err.message}\n\n${help}`);
    else printError(err);
    return 1;
  }
}

// Run when executed (tsx packages/cli/src/main.ts …, or bin/hazgov.js), not when imported by a test.
const invoked = process.argv[1] ?? '';
if (/(main\.ts|hazgov(\.js)?)$/.test(invoked)) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => { printError(err); process.exitCode = 1; },
  );
}
