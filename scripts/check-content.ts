// `npm run check`: validates every entry and taxonomy without building the site.
import { getContentDir } from '../src/lib/content/content-dir.ts';
import { checkContent } from '../src/lib/validation/check-content.ts';
import { printCheckReport } from '../src/lib/validation/print-report.ts';

const result = checkContent(getContentDir());
process.exitCode = printCheckReport(result) ? 0 : 1;
