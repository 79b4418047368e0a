// Reads HTML files, extracts their structured data (JSON-LD, microdata, RDFa) and checks
// it against Google's rich-result requirements with Adobe's validator. Prints one line
// per error ("file: Type: message"); warnings (optional fields) are left out.
import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import { readFileSync } from 'node:fs';

const validator = new Validator();
for (const file of process.argv.slice(2)) {
  const html = readFileSync(file, 'utf8');
  const data = new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] }).parse(html);
  const found = Object.values(data.jsonld ?? {}).flat().length;
  if (found === 0) {
    console.log(`${file}: aucune donnée structurée`);
  }
  for (const issue of await validator.validate(data)) {
    if (issue.severity === 'ERROR') {
      console.log(`${file}: ${issue.rootType}: ${issue.issueMessage}`);
    }
  }
}
