/** The sample releases the tests read, by what a reader sees of them. */
export const pairedRelease = {
  slug: 'interior-minister-valls-visits-interpol',
  en: {
    path: '/en/news/interior-minister-valls-visits-interpol/',
    title: 'Strong cooperation between INTERPOL and France focus of visit by Interior Minister Valls',
  },
  fr: {
    path: '/fr/actualites/interior-minister-valls-visits-interpol/',
    title: "L'étroite coopération entre INTERPOL et la France au centre de la visite du Ministre de l'Intérieur français",
    /** As the pages show it: the site sets French titles with typographic apostrophes (src/typography/). */
    shownTitle: 'L’étroite coopération entre INTERPOL et la France au centre de la visite du Ministre de l’Intérieur français',
  },
};

export const frenchOnlyRelease = {
  path: '/fr/actualites/presidente-interpol-accueillie-omd/',
  title: 'La Présidente d’INTERPOL accueillie au siège de l’OMD',
};

export const undatedRelease = {
  path: '/fr/actualites/conference-chefs-bcn-interpol-2024/',
};

/** One page of every template of the seed site, in both languages. */
export const everyTemplate = [
  '/',
  '/en/',
  '/fr/',
  pairedRelease.en.path,
  pairedRelease.fr.path,
  frenchOnlyRelease.path,
  '/en/topics/terrorism/',
  '/fr/themes/terrorism/',
  '/en/years/2013/',
  '/fr/annees/2013/',
  '/en/browse/',
  '/fr/parcourir/',
  '/en/search/',
  '/fr/recherche/',
  '/en/offline/',
  '/fr/hors-ligne/',
  '/en/press-office/',
  '/fr/service-de-presse/',
  '/en/accessibility/',
  '/fr/mentions-legales/',
  ...unknownAddresses(),
];

/** Addresses the site has no page at, each answered with the 404 page: under each language and at the top. */
export function unknownAddresses(): string[] {
  return ['/en/news/nothing-here/', '/fr/actualites/introuvable/', '/no-such-page/'];
}
