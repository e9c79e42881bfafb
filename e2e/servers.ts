/** Where the tests serve the two builds: the root build, and the same site under a sub-path. */
// Not 4321: that is where `npm start` (astro dev) runs, and the tests must test the build.
// E2E_PORT_OFFSET moves all three, so two checkouts can run their suites side by side.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const rootPort = 4391 + offset;
export const subPathPort = 4392 + offset;
export const subPath = '/vpc-lambda/';
/** Where the offline tests host a site they redeploy while the browser watches (deploy-server.ts). */
export const deployPort = 4393 + offset;
