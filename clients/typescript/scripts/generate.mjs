// Generates src/schema.d.ts from openapi/v1.json with openapi-typescript, typing binary bodies (uploads, downloads) as Blob
// rather than string. `node scripts/generate.mjs [out]` (make test writes to a temporary file to detect drift).
import { writeFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const out = process.argv[2] ?? new URL("../src/schema.d.ts", import.meta.url);
const blob = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));
const ast = await openapiTS(new URL("../../../openapi/v1.json", import.meta.url), {
  transform(schema) {
    if (schema.format === "binary") return blob;
  },
});
writeFileSync(out, "// Generated from openapi/v1.json by scripts/generate.mjs (npm run generate): do not edit.\n\n" + astToString(ast));
