import { Link } from "@fluentui/react-components";
import type { FindingCode } from "../../core/findings/types";
import { catalogueLink } from "../../help/address";
import { useOpenHelp } from "../hooks/useHelp";
import { useLang, useTexts } from "../hooks/useTexts";

/**
 * "Wat betekent dit?": the finding code's section of the catalogue in support.html, beside the pane's
 * own page. In the demo an ordinary link to a new tab; in Excel the host opens it (a dialog or the browser).
 */
export function HelpLink({ code }: { code: FindingCode }) {
  const texts = useTexts();
  const lang = useLang();
  const open = useOpenHelp();
  const href = new URL(catalogueLink(code, lang), document.baseURI).href;
  return (
    <Link
      href={href}
      target="_blank"
      rel="noopener"
      data-code={code}
      onClick={(event) => {
        if (!open) return;
        event.preventDefault();
        open(href);
      }}
    >
      {texts.whatDoesThisMean}
    </Link>
  );
}
