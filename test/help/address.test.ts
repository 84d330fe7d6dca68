/** Where the add-in (and its support page) is hosted: ADDIN_URL_PROD, the example address, the build's warning. */
import { EXAMPLE_ADDIN_URL, helpBase } from "../../src/help/address";

const BASE = "https://addins.gemeente.nl/ic/";

test("helpBase: ADDIN_URL_PROD with a trailing slash, else the example address", () => {
  expect(helpBase({ ADDIN_URL_PROD: "https://addins.gemeente.nl/ic" })).toBe(BASE);
  expect(helpBase({ ADDIN_URL_PROD: "" })).toBe(EXAMPLE_ADDIN_URL);
  expect(helpBase({})).toBe(EXAMPLE_ADDIN_URL);
});

test("the example address is webpack.config.js's placeholder", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../../webpack.config.js") as { EXAMPLE_URL_PROD: string };
  expect(config.EXAMPLE_URL_PROD).toBe(EXAMPLE_ADDIN_URL);
});

test("the build warns while the manifest points at the example address", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { productionAddressNotice } = require("../../webpack.config.js") as {
    productionAddressNotice: (url: string) => { info: string; warning: string | null };
  };
  expect(productionAddressNotice(EXAMPLE_ADDIN_URL).warning).toMatch(/example address .*ADDIN_URL_PROD/);
  expect(productionAddressNotice(BASE)).toEqual({
    info: `[indicator-check] manifest.xml points at ${BASE} (set ADDIN_URL_PROD to change it)`,
    warning: null,
  });
});
