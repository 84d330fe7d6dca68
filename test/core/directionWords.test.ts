/**
 * Direction from an indicator's name. The names are the verplichte BBV beleidsindicatoren as
 * municipalities print them (waarstaatjegemeente.nl; e.g. Ede jaarverslag 2019 bijlage 5, Waadhoeke
 * begroting 2026, Borger-Odoorn begroting 2019, Steenbergen programmabegroting), names from the
 * tables in test/corpus/fixtures, and common prestatie-indicatoren.
 */
import { directionFromWording } from "../../src/core/norms/direction";

describe("directionFromWording", () => {
  it.each([
    // Veiligheid
    "Verwijzingen Halt",
    "Verwijzingen Halt per 10.000 inwoners van 12-17 jaar",
    "Winkeldiefstallen",
    "Misdrijven - Winkeldiefstallen",
    "Geweldsmisdrijven",
    "Geweldmisdrijven (aantal per 1.000 inwoners)",
    "Diefstallen uit woning",
    "Diefstal uit woningen (aantal per 1.000 inwoners)",
    "Vernielingen en beschadigingen (in de openbare ruimte)",
    "Vernieling en beschadiging per 1.000 inwoners",
    "Harde kern jongeren",
    "Hardekern jongeren per 1.000 inwoners 12 tm 24 jaar",
    "% Jeugdcriminaliteit",
    "Jongeren met een delict voor de rechter",
    "Aantal woninginbraken",
    "Meldingen huiselijk geweld",
    "Melding kindermishandeling",
    "Aantal verkeersslachtoffers",
    "Ziekenhuisopname na verkeersongeval met een motorvoertuig",
    "Percentage inwoners dat zich vaak onveilig voelt in de buurt",
    "Aantal binnenbranden per 1000 woningen",
    "Ervaren overlast in de buurt",
    // Onderwijs
    "Absoluut verzuim",
    "Relatief verzuim (leerlingen 5 - 18 jaar)",
    "Voortijdige schoolverlaters zonder startkwalificatie (vsv-ers)",
    "% Voortijdig schoolverlaters totaal",
    "Vroegtijdig schoolverlaters zonder startkwalificatie",
    "Percentage laaggeletterden",
    // Sport, sociaal domein
    "Niet-sporters",
    "Niet sporters (vanaf 19 jaar)",
    "Achterstand onder jeugd - Kinderen in uitkeringsgezin",
    "Achterstand onder jeugd - Werkloze jongeren",
    "Werkloosheid",
    "Personen met een bijstandsuitkering",
    "Aantal bijstandsuitkeringen",
    "Jongeren met jeugdbescherming",
    "Jongeren met jeugdreclassering",
    "Huishoudens met problematische schulden",
    "Percentage mantelzorgers met een hoge belasting",
    // Wonen, milieu
    "Omvang huishoudelijk restafval (kg per inwoner)",
    "Huishoudelijk restafval",
    "Gemeentelijke woonlasten eenpersoonshuishouden",
    "Gemeentelijke woonlasten meerpersoonshuishouden",
    "Leegstand winkels in het centrum",
    "Aantal leegstaande panden",
    "CO2-uitstoot",
    "Energieverbruik gemeentelijke gebouwen",
    "Hoeveelheid zwerfafval",
    "Achterstallig onderhoud wegen",
    "Wachtlijst sociale huurwoningen",
    // Bedrijfsvoering, dienstverlening
    "Ziekteverzuim",
    "Aantal klachten",
    "Aantal bezwaarschriften",
    "Gemiddelde wachttijd balie",
    "Gemiddelde doorlooptijd omgevingsvergunning",
    "Percentage ontevreden klanten",
    // A decrease stated as the indicator, or lateness
    "Afname van het aantal woninginbraken",
    "Daling van het aantal jongeren met jeugdhulp",
    "Percentage klachten niet tijdig afgehandeld",
    "Percentage aanvragen met termijnoverschrijding",
  ])("%s: lower is better", (name) => {
    expect(directionFromWording(name)).toBe("lower");
  });

  it.each([
    // Satisfaction, grades and success rates win over a lower-word in the same name.
    "Tevredenheid over de afhandeling van klachten",
    "Klanttevredenheid over de afhandeling van bezwaarschriften",
    "Rapportcijfer aanpak overlast",
    "Waardering inwoners voor de aanpak van zwerfafval",
    "Percentage opgeloste klachten",
    "Percentage bezwaarschriften tijdig afgehandeld",
    "% klachten binnen de wettelijke termijn afgehandeld",
    "Uitstroom uit de bijstand naar werk",
    "Aangiftebereidheid geweldsmisdrijven",
    "Ophelderingspercentage woninginbraken",
    // without a lower-word the wording still says higher
    "Klanttevredenheid website",
  ])("%s: higher is better", (name) => {
    expect(directionFromWording(name)).toBe("higher");
  });

  it.each([
    "Lopende re-integratievoorzieningen",
    "Netto arbeidsparticipatie",
    "Banen",
    "Vestigingen (van bedrijven)",
    "Demografische druk",
    "Jongeren met jeugdhulp",
    "Cliënten met een maatwerkarrangement Wmo",
    "Nieuw gebouwde woningen",
    "Hernieuwbare elektriciteit",
    "Functiemenging",
    "Gemiddelde WOZ waarde",
    "Apparaatskosten",
    "Overhead",
    "Toegankelijke bushaltes",
    "Aantal unieke klanten dat bijzondere bijstand ontvangt",
    "Brandweer binnen normtijd ter plaatse",
  ])("%s: no direction in the wording", (name) => {
    expect(directionFromWording(name)).toBeNull();
  });
});

describe("lower is better: rankings, robbery and decline, as the corpus tables word them", () => {
  it.each([
    "Aantal overvallen",
    "Aantal straatroven",
    "Ranglijst woonaantrekkelijkheid",
    "% Van de uitstroom dat binnen 1 jaar weer instroomt (terugvalpercentage)",
    "De buurt waarin u woont is er in de afgelopen 12 maanden op achteruitgegaan",
  ])("%s", (name) => {
    expect(directionFromWording(name)).toBe("lower");
  });
});
