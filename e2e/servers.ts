/** Where the tests serve the two builds: the root build, and the same site under a sub-path. */
export const rootPort = 4321;
export const subPathPort = 4322;
export const subPath = '/vpc-lambda/';
