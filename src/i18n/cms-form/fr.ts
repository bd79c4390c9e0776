import type { TranslatedFormText } from './form-text.ts';

/** French words of the editing form at /admin/, hints included (translations of the schema's English hints). */
export const fr: TranslatedFormText = {
  collection: 'Communiqués',
  collectionSingular: 'Communiqué',
  collectionDescription: 'Les communiqués. Chaque langue est un fichier ; un communiqué peut n’exister que dans une langue.',
  datePattern: 'Écrivez AAAA-MM-JJ, ou AAAA-MM ou AAAA quand seuls le mois ou l’année sont connus.',
  dayPattern: 'Écrivez le jour sous la forme AAAA-MM-JJ.',
  momentPattern: 'Écrivez AAAA-MM-JJTHH:MM et le fuseau horaire, par exemple 2025-03-01T09:00+01:00.',
  needsJavaScript: 'Le formulaire d’édition a besoin de JavaScript.',
  notConfigured:
    'Cette copie du site ne sait pas quel dépôt GitHub modifier. Construisez-la avec NEWSROOM_CMS_REPO=propriétaire/nom (voir le README, « Editing in the browser »).',
  notOnPreview:
    'Le formulaire de rédaction n’est pas en service sur l’aperçu d’une demande de fusion (pull request) : cette copie du site se lit seulement. Modifiez le communiqué sur la page /admin/ du site publié, ou sur votre ordinateur avec npm run cms.',
  photos: {
    renamed:
      'La photo « {from} » est enregistrée sous le nom « {to} » : les noms de fichiers sont des mots en minuscules reliés par des tirets.',
    resized:
      'La photo « {from} » était trop grande ({before} Mo) : elle est enregistrée sous le nom « {to} », en {width} × {height} pixels ({after} Mo).',
    close: 'Fermer ce message',
    refused:
      '« {name} » ne peut pas être ajouté : une photo est un fichier JPEG, PNG, WebP, AVIF ou GIF ({extensions}) que le navigateur sait ouvrir.',
  },
  refusals: {
    checkFails: 'La vérification du contenu échoue sur {branch} : ce communiqué ne peut pas être publié.',
    withdrawn:
      'Rien n’a été supprimé sur {published} : le retrait est sur la branche {branch}, pour relecture. Il est publié quand cette branche est fusionnée.',
  },
  translation: {
    missing: 'Pas encore en {languages}',
    olderTranslation: 'Version en {translation} plus ancienne que celle en {changed}',
  },
  labels: {
    title: 'Titre',
    standfirst: 'Chapeau',
    date: 'Date',
    type: 'Type',
    organisation: 'Organisation',
    dateline: 'Lieu d’émission',
    textLanguage: 'Langues du texte',
    topics: 'Thèmes',
    related: 'Liens associés',
    'related.title': 'Texte du lien',
    'related.url': 'Adresse',
    'related.lang': 'Langue du document',
    photos: 'Photos',
    'photos.file': 'Fichier image',
    'photos.alt': 'Description (texte alternatif)',
    'photos.caption': 'Légende',
    'photos.credit': 'Crédit',
    reference: 'Référence',
    publishAt: 'Publier le (date, heure et fuseau horaire)',
    updates: 'Corrections et mises à jour',
    'updates.date': 'Jour de la modification',
    'updates.note': 'Note publique',
    'updates.minor': 'Modification mineure (orthographe, mise en page)\u00a0: pas de note publique',
    withdrawn: 'Retrait',
    'withdrawn.date': 'Jour du retrait',
    'withdrawn.reason': 'Raison, affichée sur la page',
    'withdrawn.keepText': 'Garder le texte sur la page',
    body: 'Texte',
  },
  hints: {
    title: 'Le titre, tel que publié.',
    standfirst: 'La phrase de résumé sous le titre, si le communiqué en a une.',
    date: 'La date de publication : « AAAA-MM-JJ » quand le jour est connu, « AAAA-MM » ou « AAAA » quand seuls le mois ou l’année le sont. La forme dit la précision.',
    type: 'La nature du communiqué.',
    organisation: 'L’organisation qui publie.',
    dateline: 'Le lieu d’émission, tel qu’imprimé avant le premier paragraphe : « LYON (France) ».',
    topics: 'Les thèmes, pour parcourir le site.',
    related: 'Les documents listés sous le communiqué, dans l’ordre.',
    'related.title': 'Le texte du lien.',
    'related.url': 'Où il mène ; laissez vide quand l’adresse d’origine n’est pas connue.',
    'related.lang': 'La langue du document lié, quand ce n’est pas celle du communiqué.',
    photos: 'Les photos publiées avec le communiqué.',
    'photos.file': 'Le fichier image ; laissez vide quand le fichier n’est pas disponible.',
    'photos.alt': 'Ce que montre la photo, pour qui ne peut pas la voir.',
    'photos.caption': 'La légende imprimée sous la photo.',
    'photos.credit': 'L’auteur de la photo ou le titulaire des droits.',
    reference:
      'La référence permanente du communiqué, la même dans toutes les langues\u00a0: NR/2024/017. `npm run new` donne la prochaine libre.',
    publishAt:
      'Facultatif\u00a0: le moment où le communiqué paraît, avec son fuseau horaire\u00a0: «\u00a02025-03-01T09:00+01:00\u00a0». Sans lui, le communiqué paraît au début de sa date, heure de Paris.',
    updates:
      'Les corrections et mises à jour après publication, chacune avec son jour et une note publique (ou «\u00a0minor: true\u00a0»).',
    'updates.date': 'Le jour de la modification, «\u00a0AAAA-MM-JJ\u00a0».',
    'updates.note': 'Ce qui a changé, en une phrase que les lecteurs voient\u00a0; à omettre pour une modification mineure.',
    'updates.minor': 'Cochez pour une modification d’orthographe ou de mise en page, sans note publique.',
    withdrawn: 'À remplir quand le communiqué est retiré\u00a0: sa page reste, le dit, et quitte les listes, la recherche et les flux.',
    'withdrawn.date': 'Le jour du retrait, «\u00a0AAAA-MM-JJ\u00a0».',
    'withdrawn.reason': 'Pourquoi, en une phrase que les lecteurs voient sur la page.',
    'withdrawn.keepText': 'Cochez pour garder le texte sur la page sous l’avis de retrait.',
    textLanguage:
      'Écrivez « mixed » quand le texte mêle des langues à dessein (un communiqué bilingue, une longue citation) : la vérification ne demande alors pas qu’il soit écrit dans la langue de son dossier.',
    body: 'Le communiqué lui-même, en Markdown : un paragraphe par bloc, séparés par une ligne vide.',
  },
};
