/**
 * The finding catalogue: per finding code what it means, why it matters in a begroting or jaarstukken,
 * how to fix it, and when to accept it ('akkoord') with what reason. Typed per code, like the messages
 * in src/core/messages: a new code without a section in either language does not compile, and
 * test/help/catalogue.test.ts checks the built support page has an anchor for each.
 */
import type { FindingCode } from "../core/findings/types";
import type { Lang } from "../core/messages";

export interface CatalogueSection {
  /** A short name for the heading: "Gemengde notatie". */
  readonly title: string;
  readonly meaning: string;
  readonly why: string;
  readonly fix: string;
  /** When the finding can stand ('akkoord') and the reason to write down. */
  readonly accept: string;
}

export type Catalogue = { readonly [C in FindingCode]: CatalogueSection };

const nl: Catalogue = {
  "value/unparseable": {
    title: "Waarde niet te lezen",
    meaning:
      "Een cel waar een getal, percentage of tijdsduur hoort, bevat iets anders: tekst, een foutwaarde (#DEEL/0!), een datum of WAAR/ONWAAR. De invoegtoepassing kan die waarde niet met een norm vergelijken.",
    why: "De raad leest de tabel als cijfers. Een tekst of foutwaarde in een cijferkolom valt in de gedrukte begroting op als slordigheid, en een datum is meestal een getal dat Excel verkeerd heeft opgevat (7-5 werd 7 mei).",
    fix: "Typ de waarde als getal (7,2), percentage (71%) of tijdsduur (8 min). Is er geen waarde, gebruik dan een teken dat de legenda uitlegt (n.b., -). Herstel een foutwaarde in de formule.",
    accept:
      "Akkoord alleen als de tekst bewust is en de lezer hem begrijpt, bijvoorbeeld 'zie bijlage 3'. Reden: 'Bewust verwijzing; waarde staat in bijlage 3.'",
  },
  "value/missing": {
    title: "Geen waarde",
    meaning:
      "Voor dit jaar staat er geen waarde, of een teken dat 'geen waarde' betekent (-, n.b., n.v.t.). Dit is een opmerking, geen fout.",
    why: "In de jaarstukken verwacht de raad een gerealiseerde waarde voor elk jaar; een lege cel roept de vraag op of er niet gemeten is of dat de waarde vergeten is.",
    fix: "Vul de waarde in als die bekend is. Is er bewust niet gemeten, zet er een teken met voetnoot bij die zegt waarom.",
    accept: "Akkoord als de meting nog niet bestond of niet meer bestaat. Reden: 'Meting start in 2025.'",
  },
  "value/undefined-marker": {
    title: "Teken zonder uitleg",
    meaning:
      "Een waarde heeft een teken zoals *, ¹ of (a), maar nergens op het blad staat een legenda of voetnoot die dat teken uitlegt.",
    why: "Een sterretje zonder uitleg zegt de lezer dat er iets bijzonders is, maar niet wat. Bij de accountantscontrole van de jaarstukken is dat een vraag die u voor kunt zijn.",
    fix: "Zet onder de tabel een voetnoot die met hetzelfde teken begint: '* Meting over het tweede halfjaar.'",
    accept:
      "Akkoord als de uitleg elders in het document staat, bijvoorbeeld in de inleiding. Reden: 'Uitleg van * in paragraaf 1.2.'",
  },
  "value/mixed-notation": {
    title: "Gemengde notatie",
    meaning:
      "Eén rij schrijft dezelfde grootheid op verschillende manieren, bijvoorbeeld 2:17 naast 8 min, of 0,71 naast 75%. De afwijkende cellen staan in de melding.",
    why: "Lezers vergelijken jaren in één rij. Staat 2:17 naast 8 min, dan is niet te zien of 2:17 twee minuten en zeventien seconden is of twee uur; de vergelijking over de jaren wordt onbetrouwbaar.",
    fix: "Kies één notatie per rij en schrijf alle jaren zo, meestal die van de norm (8 min, 75%).",
    accept:
      "Akkoord als de notatie is overgenomen uit een bron die niet aangepast mag worden. Reden: 'Overgenomen uit de landelijke benchmark.'",
  },
  "norm/breach": {
    title: "Norm niet gehaald",
    meaning:
      "Een behaalde waarde haalt de norm niet, bijvoorbeeld 8 min tegen 'norm: maximaal 5 min'. De cel krijgt de rode markering van Excel en een notitie. Zegt niets in de rij of hoger of lager beter is, dan staat dat in de melding: stel de richting dan in bij Instellingen.",
    why: "Een wettelijke of vastgestelde norm die niet gehaald wordt, hoort de raad in de begroting en de jaarstukken te zien, met een verklaring; de raad stuurt en controleert op deze cijfers.",
    fix: "Controleer of de waarde en de norm kloppen. Klopt het, zet dan een toelichting bij de indicator die zegt waarom de norm niet gehaald is en wat eraan gedaan wordt.",
    accept:
      "Akkoord als de waarde klopt en toegelicht is. Reden: 'Klopt; toegelicht in de toelichting bij 4.1.'",
  },
  "norm/unit-mismatch": {
    title: "Eenheid past niet bij de norm",
    meaning:
      "De waarde en de norm hebben een andere eenheid, bijvoorbeeld 12 dagen tegen een norm van 90%. De invoegtoepassing geeft dan geen oordeel.",
    why: "Een norm die niet over dezelfde grootheid gaat als de meting kan niet getoetst worden; de lezer kan niet zien of de norm gehaald is.",
    fix: "Meet wat de norm vraagt (het percentage op tijd afgehandeld), of pas de norm aan aan de meting (maximaal 10 dagen).",
    accept:
      "Akkoord als de norm bewust een andere grootheid is en de toelichting het verband legt. Reden: 'Norm gaat over aandeel; toelichting noemt de doorlooptijd.'",
  },
  "target/missed": {
    title: "Streefwaarde niet gehaald",
    meaning:
      "Een behaalde waarde haalt de streefwaarde (Beoogd) niet. Is de streefwaarde voor een later jaar, dan zegt de melding dat de waarde die nog niet haalt. Zegt niets in de rij of hoger of lager beter is, dan is aangenomen dat hoger beter is.",
    why: "De begroting belooft de raad een streefwaarde; de jaarstukken verantwoorden of die gehaald is. Een gemiste streefwaarde hoort de raad te zien, met uitleg.",
    fix: "Controleer de waarde en de streefwaarde. Klopt het, licht het toe. Is lager beter (wachttijd, klachten), stel de richting in bij Instellingen.",
    accept: "Akkoord als de waarde klopt en toegelicht is. Reden: 'Klopt; toegelicht, maatregelen in 2026.'",
  },
  "target/missing": {
    title: "Geen streefwaarde voor het begrotingsjaar",
    meaning:
      "Voor het begrotingsjaar (de laatste Beoogd-kolom, of het jaar dat u instelt) heeft deze indicator geen streefwaarde.",
    why: "Zonder streefwaarde kan de raad bij de jaarstukken niet beoordelen of het beleid werkt: de begroting hoort meetbaar te zeggen wat het programma wil bereiken.",
    fix: "Vul de streefwaarde voor het begrotingsjaar in.",
    accept:
      "Akkoord als een streefwaarde bewust ontbreekt, bijvoorbeeld bij een indicator die alleen gevolgd wordt. Reden: 'Volgindicator; geen streefwaarde vastgesteld.'",
  },
  "mapping/unknown-indicator": {
    title: "Onbekende indicator in de relatietabel",
    meaning:
      "De relatietabel noemt bij een resultaat een indicator die niet in de indicatortabel staat. Lijkt een naam erop, dan stelt de melding die voor.",
    why: "De relatietabel laat de raad zien welke indicator een resultaat meet. Een naam die nergens staat, breekt die lijn: het resultaat lijkt gemeten, maar is het niet.",
    fix: "Schrijf de naam zoals in de indicatortabel, of voeg de indicator toe aan de indicatortabel.",
    accept:
      "Zelden. Akkoord als de indicator bewust in een ander document staat. Reden: 'Indicator staat in programma 6.'",
  },
  "mapping/approximate-match": {
    title: "Koppeling op een bijna gelijke naam",
    meaning:
      "Een naam in de relatietabel is gekoppeld aan een indicator met een bijna gelijke naam (een tikfout, een ander lidwoord), of aan een indicator uit een ander programma van de werkmap. Dit is een opmerking.",
    why: "De koppeling is waarschijnlijk goed, maar de gedrukte tabellen tonen twee schrijfwijzen van dezelfde indicator; lezers kunnen denken dat het twee indicatoren zijn.",
    fix: "Schrijf de naam in de relatietabel precies zoals in de indicatortabel.",
    accept:
      "Akkoord als de koppeling klopt en de schrijfwijze zo moet blijven. Reden: 'Zelfde indicator; naam in relatietabel is de officiële.'",
  },
  "mapping/result-without-indicator": {
    title: "Resultaat zonder indicator",
    meaning: "Een resultaat in de relatietabel heeft geen prestatie-indicator.",
    why: "Een resultaat zonder indicator is niet meetbaar; de raad kan bij de jaarstukken niet zien of het bereikt is.",
    fix: "Koppel het resultaat aan een bestaande indicator, of neem een nieuwe indicator op.",
    accept:
      "Akkoord als het resultaat bewust niet met een indicator gemeten wordt. Reden: 'Kwalitatief resultaat; verantwoording in de tekst.'",
  },
  "mapping/unmapped-indicator": {
    title: "Indicator bij geen enkel resultaat",
    meaning: "Een indicator uit de indicatortabel staat bij geen enkel resultaat in de relatietabel.",
    why: "De raad ziet niet waarom de indicator gemeten wordt: hij hangt los van de doelen van het programma.",
    fix: "Voeg een regel toe aan de relatietabel die de indicator aan een resultaat koppelt.",
    accept:
      "Akkoord bij een verplichte indicator die bij geen resultaat hoort (zoals een landelijke beleidsindicator). Reden: 'Verplichte BBV-indicator.'",
  },
  "indicator/duplicate": {
    title: "Dubbele indicator",
    meaning: "Dezelfde indicatornaam staat twee keer in de indicatortabel van een programma.",
    why: "Twee rijen met dezelfde naam maken de relatietabel en de toelichting dubbelzinnig: niet te zien is welke rij bedoeld is, en de cijfers kunnen elkaar tegenspreken.",
    fix: "Verwijder de dubbele rij, of maak de namen verschillend (Wachttijd balie (Stadhuis), (Wijkpost)).",
    accept: "Niet: maak de namen verschillend.",
  },
  "explanation/missing-for-breach": {
    title: "Geen toelichting bij een niet gehaalde norm",
    meaning: "Een norm of streefwaarde is niet gehaald, maar de toelichting zegt niets over deze indicator.",
    why: "Een afwijking zonder toelichting is het eerste waar raadsleden en de accountant naar vragen; de jaarstukken horen te verklaren waarom een norm niet gehaald is.",
    fix: "Voeg aan de toelichting een regel toe met de naam van de indicator en de verklaring.",
    accept:
      "Akkoord als de verklaring elders staat, bijvoorbeeld in de programmatekst. Reden: 'Toegelicht in de tekst van 4.1, alinea 3.'",
  },
  "explanation/unknown-indicator": {
    title: "Toelichting bij een onbekende indicator",
    meaning:
      "De toelichting noemt een indicator die niet in de indicatortabel staat. Lijkt een naam erop, dan stelt de melding die voor.",
    why: "De toelichting hoort bij een indicator die de lezer in de tabel kan vinden; anders verklaart hij niets.",
    fix: "Schrijf de naam zoals in de indicatortabel, of verwijder de toelichting als de indicator vervallen is.",
    accept:
      "Akkoord als de toelichting bewust over iets anders gaat. Reden: 'Algemene toelichting, geen indicator.'",
  },
  "explanation/other-programme": {
    title: "Toelichting bij een indicator uit een ander programma",
    meaning:
      "In een werkmap met meerdere programma's noemt de toelichting van het ene programma een indicator van een ander programma. Dit is een opmerking.",
    why: "In de begroting staat de toelichting bij het programma. Staat hij bij het verkeerde programma, dan leest de raad hem op de verkeerde plaats.",
    fix: "Verplaats de regel naar de toelichting van het programma waar de indicator staat.",
    accept:
      "Akkoord als de indicator bewust bij beide programma's besproken wordt. Reden: 'Gedeelde indicator van 4.1 en 4.2.'",
  },
  "table/not-found": {
    title: "Tabel niet gevonden",
    meaning:
      "De invoegtoepassing vond geen indicatortabel, relatietabel of toelichting. Bij de indicatortabel noemt de melding de rijen die het meest op een kop leken en waarom ze het niet waren.",
    why: "Zonder de tabel kan niets gecontroleerd worden: alle andere controles voor dit programma vallen weg.",
    fix: "Zet een koprij boven de tabel (Indicator, Behaald 2024, Beoogd 2026), of selecteer de tabel en kies Instellingen › Gebruik selectie als indicatortabel.",
    accept:
      "Akkoord als het programma deze tabel bewust niet heeft, bijvoorbeeld geen toelichting. Reden: 'Geen afwijkingen; geen toelichting nodig.'",
  },
  "table/columns-inferred": {
    title: "Kolommen herkend zonder kopwoord",
    meaning:
      "Een of meer kolommen zijn herkend aan hun plaats of inhoud, niet aan een kopwoord. De melding noemt per kolom wat aangenomen is (C = behaald 2024). Dit is een opmerking.",
    why: "Klopt de aanname niet, dan worden verkeerde waarden getoetst en verkeerde tabellen gemaakt.",
    fix: "Geef de kolommen een kop (Behaald 2024, Beoogd 2026), of kies het bereik van de tabel zelf in Instellingen.",
    accept: "Akkoord als de aangenomen kolommen kloppen. Reden: 'Kolommen gecontroleerd.'",
  },
  "compare/value-differs": {
    title: "Realisatie wijkt af van het vorige document",
    meaning:
      "U vergelijkt met een ander document (Vergelijken met…, of --compare). Voor hetzelfde jaar staat bij dezelfde indicator een andere behaalde waarde dan daar. Waarden in een andere notatie gelden als gelijk als ze gelijk zijn op de nauwkeurigheid van de minst precieze: 2:17 en 2,28 min, of 75% als tekst en 0,75 met procentnotatie.",
    why: "De realisatie van een jaar gaat van de jaarstukken naar de volgende begroting en van concept naar concept. Een afwijking is meestal een kopieerfout; de accountant en de raad verwachten dezelfde cijfers in beide documenten.",
    fix: "Zoek uit welk cijfer klopt (meestal dat van de jaarstukken) en neem het over.",
    accept:
      "Akkoord als de realisatie bewust is bijgesteld, bijvoorbeeld na een nagekomen meting; zeg dat in een voetnoot. Reden: 'Bijgesteld na definitieve meting; voetnoot 2.'",
  },
  "compare/target-changed": {
    title: "Streefwaarde gewijzigd",
    meaning:
      "De streefwaarde voor hetzelfde jaar is anders dan in het document waarmee u vergelijkt. Een lagere ambitie (rekening houdend met of hoger of lager beter is: bij een wachttijd is een hogere streefwaarde een lagere ambitie) is een waarschuwing, een hogere een opmerking.",
    why: "De raad stelt de streefwaarden vast met de begroting. Een streefwaarde die stil wordt verlaagd, ontgaat de raad; budgetdocumenten zetten er daarom een voetnoot bij.",
    fix: "Zet de vorige streefwaarde terug als de wijziging niet de bedoeling was, of licht de wijziging toe met een voetnoot ('streefwaarde gewijzigd ten opzichte van de begroting 2025').",
    accept:
      "Akkoord als de wijziging bewust is en toegelicht. Reden: 'Bijgesteld na raadsbesluit; toegelicht in 4.1.'",
  },
  "compare/norm-changed": {
    title: "Norm gewijzigd",
    meaning:
      "De norm van de indicator (in een normkolom, in de naam of in de relatietabel) is anders dan in het document waarmee u vergelijkt, of staat maar in één van beide. Een norm die u zelf bij Instellingen hebt gezet, telt niet mee.",
    why: "Een norm is vaak wettelijk of door de raad vastgesteld; hij verandert zelden tussen twee begrotingen. Een gewijzigde norm hoort uitgelegd te worden.",
    fix: "Controleer de norm in de naam, de normkolom en de relatietabel; zet hem terug of licht de wijziging toe.",
    accept: "Akkoord als de norm bewust is gewijzigd. Reden: 'Nieuwe wettelijke norm per 2026.'",
  },
  "compare/indicator-removed": {
    title: "Indicator vervallen",
    meaning:
      "Het document waarmee u vergelijkt heeft een indicator die deze werkmap niet meer heeft. De melding noemt de cel in dat document.",
    why: "De raad wil weten of een indicator is verdwenen: daarmee verdwijnt ook de verantwoording over dat resultaat.",
    fix: "Neem de indicator weer op als hij vergeten is, of leg in de tekst uit waarom hij vervalt.",
    accept: "Akkoord als de indicator bewust vervalt. Reden: 'Vervallen; meting gestopt in 2025, zie tekst.'",
  },
  "compare/indicator-added": {
    title: "Nieuwe indicator",
    meaning: "Deze indicator staat niet in het document waarmee u vergelijkt. Dit is een opmerking.",
    why: "Een nieuwe indicator is goed nieuws, maar de raad ziet graag waarom hij erbij komt en vanaf wanneer er cijfers zijn.",
    fix: "Niets te herstellen; zeg in de toelichting vanaf wanneer gemeten wordt.",
    accept: "Akkoord als de indicator nieuw is. Reden: 'Nieuw in 2026.'",
  },
  "compare/approximate-pair": {
    title: "Vergeleken op een bijna gelijke naam",
    meaning:
      "De indicator is vergeleken met een indicator van het andere document die een bijna gelijke naam heeft (een tikfout, een ander woord). Dit is een opmerking.",
    why: "Als het niet dezelfde indicator is, zijn de verschillen die de vergelijking meldt onzin; als het wel dezelfde is, toont het document twee schrijfwijzen.",
    fix: "Schrijf de naam zoals in het vorige document, of controleer dat het dezelfde indicator is.",
    accept:
      "Akkoord als het dezelfde indicator is en de naam bewust is aangepast. Reden: 'Naam verduidelijkt.'",
  },
};

const en: Catalogue = {
  "value/unparseable": {
    title: "Value cannot be read",
    meaning:
      "A cell that should hold a number, percentage or duration holds something else: text, an error value (#DIV/0!), a date or TRUE/FALSE. The add-in cannot compare it with a norm.",
    why: "The council reads the table as figures. Text or an error in a figure column stands out as carelessness in the printed budget, and a date is usually a number Excel misread (7-5 became 7 May).",
    fix: "Type the value as a number (7,2), percentage (71%) or duration (8 min). Where there is no value, use a marker the legend explains (n.b., -). Repair an error value in its formula.",
    accept:
      "Accept only when the text is deliberate and the reader understands it, such as 'zie bijlage 3'. Reason: 'Deliberate reference; the value is in appendix 3.'",
  },
  "value/missing": {
    title: "No value",
    meaning:
      "There is no value for this year, or a marker meaning 'no value' (-, n.b., n.v.t.). This is a note, not an error.",
    why: "In the jaarstukken the council expects a realised value for every year; an empty cell raises the question whether nothing was measured or the value was forgotten.",
    fix: "Fill in the value where it is known. Where nothing was measured on purpose, add a marker with a footnote that says why.",
    accept:
      "Accept when the measurement did not exist yet or no longer exists. Reason: 'Measured from 2025.'",
  },
  "value/undefined-marker": {
    title: "Marker without explanation",
    meaning:
      "A value carries a marker such as *, ¹ or (a), but no legend or footnote on the sheet explains it.",
    why: "An unexplained asterisk tells the reader something is special, but not what. The auditor of the jaarstukken will ask; you can answer first.",
    fix: "Add a footnote under the table that starts with the same marker: '* Measured over the second half year.'",
    accept:
      "Accept when the explanation is elsewhere in the document, such as the introduction. Reason: '* is explained in section 1.2.'",
  },
  "value/mixed-notation": {
    title: "Mixed notation",
    meaning:
      "One row writes the same quantity in different ways, such as 2:17 beside 8 min, or 0,71 beside 75%. The message lists the cells that differ.",
    why: "Readers compare years along a row. With 2:17 beside 8 min nobody can tell whether 2:17 is two minutes and seventeen seconds or two hours; the comparison over the years becomes unreliable.",
    fix: "Choose one notation per row and write every year in it, usually the norm's (8 min, 75%).",
    accept:
      "Accept when the notation comes from a source that may not be changed. Reason: 'Taken from the national benchmark.'",
  },
  "norm/breach": {
    title: "Norm not met",
    meaning:
      "An achieved value fails its norm, such as 8 min against 'norm: at most 5 min'. The cell gets Excel's red preset and a note. Where nothing in the row says whether higher or lower is better, the message says so: set the direction in Settings.",
    why: "A statutory or adopted norm that is not met should be visible to the council in the begroting and the jaarstukken, with an explanation; the council steers and scrutinises by these figures.",
    fix: "Check the value and the norm. If they are right, add an explanation for the indicator that says why the norm was missed and what is being done.",
    accept:
      "Accept when the value is right and explained. Reason: 'Correct; explained in the toelichting of 4.1.'",
  },
  "norm/unit-mismatch": {
    title: "Unit does not fit the norm",
    meaning:
      "The value and the norm have different units, such as 12 days against a norm of 90%. The add-in then gives no verdict.",
    why: "A norm about another quantity than the measurement cannot be tested; the reader cannot see whether it was met.",
    fix: "Measure what the norm asks (the share handled in time), or make the norm fit the measurement (at most 10 days).",
    accept:
      "Accept when the norm deliberately is another quantity and the explanation links them. Reason: 'Norm is a share; the explanation gives the lead time.'",
  },
  "target/missed": {
    title: "Target not met",
    meaning:
      "An achieved value misses its target (Beoogd). Where the target is for a later year, the message says the value does not reach it yet. Where nothing in the row says whether higher or lower is better, higher is assumed.",
    why: "The begroting promises the council a target; the jaarstukken account for whether it was met. A missed target should be visible, with an explanation.",
    fix: "Check the value and the target. If right, explain it. Where lower is better (waiting time, complaints), set the direction in Settings.",
    accept: "Accept when the value is right and explained. Reason: 'Correct; explained, measures in 2026.'",
  },
  "target/missing": {
    title: "No target for the budget year",
    meaning:
      "For the budget year (the last Beoogd column, or the year you set) this indicator has no target.",
    why: "Without a target the council cannot judge in the jaarstukken whether the policy works: the begroting should say measurably what the programme means to achieve.",
    fix: "Fill in the target for the budget year.",
    accept:
      "Accept when a target is deliberately absent, such as for an indicator that is only monitored. Reason: 'Monitoring indicator; no target adopted.'",
  },
  "mapping/unknown-indicator": {
    title: "Unknown indicator in the relation table",
    meaning:
      "The relation table names an indicator for a result that is not in the indicator table. Where a name is close, the message suggests it.",
    why: "The relation table shows the council which indicator measures a result. A name that is nowhere breaks that line: the result looks measured but is not.",
    fix: "Write the name as in the indicator table, or add the indicator to the indicator table.",
    accept:
      "Rarely. Accept when the indicator deliberately lives in another document. Reason: 'Indicator is in programme 6.'",
  },
  "mapping/approximate-match": {
    title: "Linked by a nearly equal name",
    meaning:
      "A name in the relation table was linked to an indicator with a nearly equal name (a typo, another article), or to an indicator of another programme of the workbook. This is a note.",
    why: "The link is probably right, but the printed tables show two spellings of one indicator; readers may think they are two.",
    fix: "Write the name in the relation table exactly as in the indicator table.",
    accept:
      "Accept when the link is right and the spelling must stay. Reason: 'Same indicator; the relation table's name is the official one.'",
  },
  "mapping/result-without-indicator": {
    title: "Result without an indicator",
    meaning: "A result in the relation table has no performance indicator.",
    why: "A result without an indicator cannot be measured; in the jaarstukken the council cannot see whether it was achieved.",
    fix: "Link the result to an existing indicator, or add a new indicator.",
    accept:
      "Accept when the result is deliberately not measured by an indicator. Reason: 'Qualitative result; accounted for in the text.'",
  },
  "mapping/unmapped-indicator": {
    title: "Indicator without a result",
    meaning: "An indicator of the indicator table belongs to no result in the relation table.",
    why: "The council cannot see why the indicator is measured: it is detached from the programme's goals.",
    fix: "Add a line to the relation table that links the indicator to a result.",
    accept:
      "Accept for a mandatory indicator that belongs to no result (such as a national policy indicator). Reason: 'Mandatory BBV indicator.'",
  },
  "indicator/duplicate": {
    title: "Duplicate indicator",
    meaning: "The same indicator name appears twice in a programme's indicator table.",
    why: "Two rows with one name make the relation table and the explanations ambiguous: nobody can tell which row is meant, and the figures may contradict each other.",
    fix: "Remove the duplicate row, or make the names differ (Wachttijd balie (Stadhuis), (Wijkpost)).",
    accept: "Do not: make the names differ.",
  },
  "explanation/missing-for-breach": {
    title: "No explanation for a missed norm",
    meaning: "A norm or target was missed, but the toelichting says nothing about this indicator.",
    why: "A deviation without explanation is the first thing council members and the auditor ask about; the jaarstukken should explain why a norm was missed.",
    fix: "Add a line to the toelichting with the indicator's name and the explanation.",
    accept:
      "Accept when the explanation is elsewhere, such as in the programme text. Reason: 'Explained in the text of 4.1, paragraph 3.'",
  },
  "explanation/unknown-indicator": {
    title: "Explanation for an unknown indicator",
    meaning:
      "The toelichting names an indicator that is not in the indicator table. Where a name is close, the message suggests it.",
    why: "An explanation belongs to an indicator the reader can find in the table; otherwise it explains nothing.",
    fix: "Write the name as in the indicator table, or remove the explanation if the indicator was dropped.",
    accept:
      "Accept when the explanation deliberately is about something else. Reason: 'General explanation, not an indicator.'",
  },
  "explanation/other-programme": {
    title: "Explanation for another programme's indicator",
    meaning:
      "In a workbook of several programmes, one programme's toelichting names an indicator of another programme. This is a note.",
    why: "In the begroting the toelichting stands with its programme. In the wrong programme the council reads it in the wrong place.",
    fix: "Move the line to the toelichting of the programme that has the indicator.",
    accept:
      "Accept when the indicator is deliberately discussed in both programmes. Reason: 'Indicator shared by 4.1 and 4.2.'",
  },
  "table/not-found": {
    title: "Table not found",
    meaning:
      "The add-in found no indicator table, relation table or toelichting. For the indicator table the message names the rows that looked most like a header and why they were not taken.",
    why: "Without the table nothing can be checked: every other check of the programme falls away.",
    fix: "Put a header row above the table (Indicator, Behaald 2024, Beoogd 2026), or select the table and choose Settings › Use selection as indicator table.",
    accept:
      "Accept when the programme deliberately has no such table, such as no toelichting. Reason: 'No deviations; no toelichting needed.'",
  },
  "table/columns-inferred": {
    title: "Columns recognised without a header word",
    meaning:
      "One or more columns were recognised by their place or content, not by a header word. The message says what was assumed per column (C = achieved 2024). This is a note.",
    why: "If the assumption is wrong, the wrong values are tested and the wrong tables produced.",
    fix: "Give the columns a header (Behaald 2024, Beoogd 2026), or choose the table's range yourself in Settings.",
    accept: "Accept when the assumed columns are right. Reason: 'Columns checked.'",
  },
  "compare/value-differs": {
    title: "Realisation differs from the earlier document",
    meaning:
      "You compare with another document (Compare with…, or --compare). For the same year, the same indicator holds another achieved value than there. Values in another notation count as equal when they are equal at the precision of the less precise one: 2:17 and 2,28 min, or 75% typed as text and 0,75 with a percent format.",
    why: "A year's realisation travels from the jaarstukken to the next budget and from draft to draft. A difference is usually a copying mistake; the accountant and the council expect the same figures in both documents.",
    fix: "Find out which figure is right (usually the jaarstukken's) and copy it.",
    accept:
      "Accept when the realisation was corrected on purpose, for instance after a later measurement; say so in a footnote. Reason: 'Corrected after the final measurement; footnote 2.'",
  },
  "compare/target-changed": {
    title: "Target changed",
    meaning:
      "The target for the same year differs from the document you compare with. A lower ambition (taking into account whether higher or lower is better: for a waiting time a higher target is a lower ambition) is a warning, a higher one a note.",
    why: "The council sets the targets with the budget. A target quietly lowered escapes the council; budget documents therefore add a footnote.",
    fix: "Put the earlier target back if the change was not meant, or explain it in a footnote ('streefwaarde gewijzigd ten opzichte van de begroting 2025').",
    accept:
      "Accept when the change is deliberate and explained. Reason: 'Adjusted after a council decision; explained in 4.1.'",
  },
  "compare/norm-changed": {
    title: "Norm changed",
    meaning:
      "The indicator's norm (in a norm column, the name or the relation table) differs from the document you compare with, or is in only one of them. A norm you set yourself in Settings does not count.",
    why: "A norm is often statutory or set by the council; it rarely changes between two budgets. A changed norm should be explained.",
    fix: "Check the norm in the name, the norm column and the relation table; put it back or explain the change.",
    accept: "Accept when the norm was changed on purpose. Reason: 'New statutory norm from 2026.'",
  },
  "compare/indicator-removed": {
    title: "Indicator dropped",
    meaning:
      "The document you compare with has an indicator this workbook no longer has. The message names its cell in that document.",
    why: "The council wants to know whether an indicator disappeared: with it goes the accountability for that result.",
    fix: "Put the indicator back if it was forgotten, or explain in the text why it is dropped.",
    accept:
      "Accept when the indicator is dropped on purpose. Reason: 'Dropped; measurement stopped in 2025, see text.'",
  },
  "compare/indicator-added": {
    title: "New indicator",
    meaning: "This indicator is not in the document you compare with. This is a note.",
    why: "A new indicator is good news, but the council likes to see why it is added and from when there are figures.",
    fix: "Nothing to repair; say in the toelichting from when it is measured.",
    accept: "Accept when the indicator is new. Reason: 'New in 2026.'",
  },
  "compare/approximate-pair": {
    title: "Compared by a nearly equal name",
    meaning:
      "The indicator was compared with an indicator of the other document whose name is nearly the same (a typo, another word). This is a note.",
    why: "If it is not the same indicator, the differences the comparison reports mean nothing; if it is, the document shows two spellings.",
    fix: "Write the name as the earlier document does, or check that it is the same indicator.",
    accept:
      "Accept when it is the same indicator and the name was changed on purpose. Reason: 'Name clarified.'",
  },
};

export const CATALOGUE: Readonly<Record<Lang, Catalogue>> = { nl, en };
