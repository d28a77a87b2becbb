/**
 * Where every rate and rule of the French law module comes from. Keys match /work/shared/legal/facts.md
 * ("S6a", "S8h"…), so a figure printed in a letter can always be traced to a public source.
 * Q1 is this module's own addition (public buyers' four-year limitation), not in facts.md.
 */
export const LAW_SOURCES: Record<string, string> = {
  S1: 'C. com. L441-10 (version Ord. 2019-359) — https://lexbase.fr/texte-de-loi/code-de-commercel44110/L0502LQN.html',
  S2: 'DGCCRF, Délais de paiement — https://www.economie.gouv.fr/dgccrf/les-fiches-pratiques/delais-de-paiement-les-regles-connaitre',
  S3: 'Décret 2012-1115 (D441-5, 40 €) — https://juriblio.fr/decrets/decret-no-2012-1115-du-2-octobre-2012/160671155',
  S6a: 'ECB key interest rates (mirror) — http://sdw.zentral-bank.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html',
  S6b: 'Banka Slovenije, ECB interest rates — http://www.bsi.si./en/ecb-interest-rates',
  S6c: 'ECB cut of 11 June 2025 — https://cordmagazine.com/news/ecb-cuts-rates-for-first-time-in-years/',
  S6d: 'MRO unchanged, Dec 2025 — https://finanzmarktnachrichten.de/basiszinssatz-bleibt-ab-1-januar-2026-bei-127',
  S6e: 'MRO unchanged, 5 Feb 2026 — https://en.cloudevo.ai/2026/02/05/ecb-interest-rates-left-unchanged-for-a-fifth-consecutive-meeting-what-the-governing-councils-decision-says',
  S6f: 'MRO unchanged, 30 Apr 2026 — https://en.tomanifesto.gr/index.php?rest_route=%2Fwp%2Fv2%2Fposts%2F3385',
  S7: 'DG Trésor, taux de l\'intérêt légal 2015–2020 — https://www.tresor.economie.gouv.fr/Ressources/taux-de-linteret-legal/Rss/23022018',
  S8: 'https://agenceobjectifpaiement.com/pages/taux-interet-legal.html',
  S8a: 'https://www.cbanque.com/credit/actualites/79957/',
  S8b: 'https://dandrel-avocats.fr/taux-de-linteret-legal-du-2nd-semestre-2021/',
  S8c: 'https://droit-pratique.fr/baremes-et-taux/bien-s-assurer/taux-de-l-interet-legal',
  S8d: 'https://notaires2normandie.com/nos-actus/les-taux-de-linteret-legal-applicables-au-cours-du-second-semestre-2023-sont-fixes',
  S8e: 'https://leparticulier.lefigaro.fr/tag/dette',
  S8f: 'https://bpifrance-creation.fr/entrepreneur/actualites/taux-linteret-legal-deuxieme-semestre-2024',
  S8g: 'https://www.cna2c.fr/nos-actualites-juridiques/taux-de-linteret-legal-a-compter-du-1er-juillet-2025',
  S8h: 'Arrêté du 15 décembre 2025 — https://juriblio.fr/arretes/arrete-du-15-decembre-2025/187383136',
  S9a: 'C. civ. 1231-6',
  S9b: 'C. civ. 1344 / 1344-1',
  S9c: 'C. conso. L218-2 — https://antarius-avocats.com/le-delai-daction-biennal-du-professionnel-de-limmobilier-a-lencontre-dun-consommateur-en-recouvrement-du-prix-de-la-vente-dun-bien-immobilier',
  S9d: 'C. com. L110-4 — https://www.doctrine.fr/l/texts/codes/LEGITEXT000005634379/articles/LEGIARTI000006219128',
  S15b: 'CCP L2192-13 / R2192-31 — https://www.doctrine.fr/l/texts/codes/LEGITEXT000037701019/articles/LEGIARTI000037729653',
  S15d: 'CCP D2192-35 (40 €) — https://avocats24-fr.com/?p=40171',
  Q1: 'Loi 68-1250 du 31 déc. 1968, art. 1 (déchéance quadriennale) — https://uggc.com/le-point-de-depart-de-la-decheance-quadriennale-les-changements-de-position-de-la-cour-de-cassation',
};
