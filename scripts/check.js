/**
 * `npm run check`: runs the bundled command, building it first when a source is newer than it.
 */
const { BUNDLE, buildCli, isCurrent } = require("./cli-bundle");

if (!isCurrent()) buildCli();
require(BUNDLE).main();
