/**
 * The five shapes of real plans (issue 12), on fixtures written to look like extracted text with its
 * debris (page numbers, repeated page titles, cells broken over lines, PDF layout spacing), not the seeds:
 * 1. tables with any columns in any order (tabs, runs of spaces, interleaved multi-line cells, several
 *    bullets in one cell); 2. headings with bullets (axes > objectives, numbering, capitals, no deadline);
 * 3. deadline first (date-first lines, date line after the action, month headings); 4. deadline inside
 * the action (`(en continu)`, `, d'ici juin`, `— automne 2024`, `Échéance :` lines, labelled fields);
 * 5. prose around the plan, kept as "not placed". Each row is [objectif, moyens, responsables, échéancier].
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importPlan } from "../../../src/core/import/import-plan";
import type { ImportedPlan } from "../../../src/core/import/types";

const DIR = new URL("../../fixtures/import/", import.meta.url);

function read(name: string): ImportedPlan {
  const result = importPlan(readFileSync(new URL(name, DIR), "utf8"));
  if (!result.ok) throw new Error(`${name}: ${result.error.en}`);
  return result.plan;
}

interface Expected {
  layout: string;
  rows: [string, string, string, string][];
  unplaced: string[];
}

const EXPECTED: Record<string, Expected> = {
  "shape1-pdf-layout.txt": {
    layout: "structured",
    rows: [
      [
        "Augmenter la participation aux assemblées",
        "Tenir une assemblée générale de rentrée avec repas",
        "Exécutif",
        "Septembre 2023",
      ],
      [
        "Augmenter la participation aux assemblées",
        "Publier un compte rendu de chaque assemblée",
        "Secrétariat",
        "Après chaque assemblée",
      ],
      [
        "Former les délégué·e·s",
        "Offrir deux sessions sur la convention collective",
        "Comité de formation",
        "Hiver 2024",
      ],
      ["Former les délégué·e·s", "Produire un aide-mémoire des griefs", "Comité de formation", "Hiver 2024"],
      [
        "Négocier une entente locale sur le télétravail",
        "Consulter les membres sur leurs priorités",
        "Comité de négociation",
        "D'ici le 15 novembre 2023",
      ],
    ],
    unplaced: [
      "Syndicat des employé·e·s de soutien du Cégep de l'Outaouais",
      "Document de travail — ne pas diffuser",
    ],
  },
  "shape1-pdf-orientation.txt": {
    layout: "structured",
    rows: [
      [
        "Soutenir l'entrepreneuriat collectif",
        "Offrir des ateliers mensuels sur le démarrage d'entreprise",
        "Agente de développement",
        "Chaque mois",
      ],
      [
        "Soutenir l'entrepreneuriat collectif",
        "Créer un fonds de prêt communautaire",
        "Conseil d'administration",
        "Début 2026",
      ],
      [
        "Revitaliser la rue principale",
        "Organiser une consultation publique des commerçants",
        "Comité de revitalisation",
        "le 5 janvier prochain",
      ],
      ["Revitaliser la rue principale", "Installer du mobilier urbain", "Ville, CDEC", "Été 2026"],
      ["Revitaliser la rue principale", "Fleurir les façades", "Ville, CDEC", "Été 2026"],
      [
        "Favoriser l'emploi des jeunes",
        "Tenir un salon de l'emploi",
        "Direction générale",
        "Les 27 et 28 août 2026",
      ],
    ],
    unplaced: ["Ce plan a été adopté par le conseil d'administration le 12 novembre 2024."],
  },
  "shape1-tab-english.txt": {
    layout: "structured",
    rows: [
      [
        "Improve communication with families",
        "Send a monthly newsletter",
        "Communications sub-committee",
        "Monthly",
      ],
      [
        "Improve communication with families",
        "Update the school website",
        "Communications sub-committee",
        "Monthly",
      ],
      ["Welcome new families", "Hold an information evening", "Chair", "September 2024"],
      ["Welcome new families", "Pair new parents with a volunteer family", "Volunteers", "Ongoing"],
      ["Fund raising", "Organise the spring book fair", "Treasurer", "Spring 2025"],
    ],
    unplaced: ["Parents' Committee – Riverside Elementary"],
  },
  "shape1-tab-mandat.txt": {
    layout: "structured",
    rows: [
      [
        "Soutenir les syndicats affiliés en négociation",
        "Visiter les assemblées de grève",
        "Comité exécutif",
        "En continu",
      ],
      [
        "Soutenir les syndicats affiliés en négociation",
        "Tenir une caisse de solidarité à jour",
        "Comité exécutif",
        "En continu",
      ],
      [
        "Développer la formation syndicale",
        "Offrir le cours « Délégué·e 101 » dans chaque région",
        "Responsable à l'éducation",
        "Automne 2022",
      ],
      [
        "Développer la formation syndicale",
        "Produire un guide des nouveaux membres",
        "Comité de formation",
        "Hiver 2023",
      ],
      [
        "Faire de la politique municipale",
        "Interpeller les candidat·e·s aux élections municipales",
        "Exécutif, comité d'action politique",
        "Octobre 2025",
      ],
      [
        "Renforcer la vie démocratique",
        "Réviser les statuts et règlements",
        "Secrétaire général",
        "Aux trois ans",
      ],
    ],
    unplaced: [
      "Adopté par le conseil général du 14 juin 2022. Le présent plan découle des orientations du congrès et sera révisé chaque année par le comité exécutif.",
      "Plan de travail 2022-2025 — CRT Estrie",
      "Signé à Sherbrooke, le 14 juin 2022",
    ],
  },
  "shape2-axes.txt": {
    layout: "structured",
    rows: [
      [
        "Objectif 1.1 : Augmenter la participation des membres",
        "Tenir des assemblées générales dans chaque installation",
        "",
        "",
      ],
      [
        "Objectif 1.1 : Augmenter la participation des membres",
        "Créer un groupe Facebook réservé aux membres",
        "",
        "en continu",
      ],
      [
        "Objectif 1.1 : Augmenter la participation des membres",
        "Souligner l'arrivée des nouvelles personnes salariées par une trousse d'accueil",
        "",
        "",
      ],
      ["Objectif 1.2 : Former la relève", "Offrir la formation de base aux nouveaux délégués", "", ""],
      [
        "Objectif 1.2 : Former la relève",
        "Jumeler chaque nouveau délégué avec une personne d'expérience",
        "",
        "",
      ],
      [
        "Objectif 2.1 : Prévenir la violence en milieu de travail",
        "Faire l'inventaire des déclarations d'incidents",
        "",
        "",
      ],
      [
        "Objectif 2.1 : Prévenir la violence en milieu de travail",
        "Présenter un bilan au comité paritaire",
        "",
        "",
      ],
      [
        "Objectif 2.2 : Défendre les personnes accidentées",
        "Accompagner les membres devant le Tribunal administratif du travail",
        "",
        "",
      ],
    ],
    unplaced: [
      "Syndicat des travailleuses et travailleurs du CIUSSS — Comité exécutif",
      "Introduction",
      "Ce plan d'action a été élaboré à la suite de la tournée des unités du printemps dernier. Il regroupe les priorités que les membres ont exprimées lors des consultations.",
      "Adopté en assemblée générale, mars 2024.",
    ],
  },
  "shape2-numbered.txt": {
    layout: "structured",
    rows: [
      [
        "5.1 Réduire le décrochage en 3e secondaire",
        "Mettre en place un système de mentorat par les élèves de 5e",
        "",
        "",
      ],
      [
        "5.1 Réduire le décrochage en 3e secondaire",
        "Offrir de l'aide aux devoirs deux midis par semaine",
        "",
        "",
      ],
      ["5.2 Valoriser les réussites", "Organiser un gala de fin d'année", "", ""],
      ["5.2 Valoriser les réussites", "Publier les bons coups dans l'infolettre", "", ""],
      ["B2 - Environnement de l'école", "Installer des bacs de compostage à la cafétéria", "", ""],
      ["B2 - Environnement de l'école", "Créer un comité vert", "", ""],
    ],
    unplaced: ["COMITÉ D'ÉCOLE — ÉCOLE SECONDAIRE DU VAL", "École secondaire du Val – Comité d'école"],
  },
  "shape2-orientations.txt": {
    layout: "structured",
    rows: [
      [
        "Soutenir les organismes en démarrage",
        "offrir de l'accompagnement aux nouveaux conseils d'administration",
        "",
        "",
      ],
      ["Soutenir les organismes en démarrage", "tenir un répertoire des ressources", "", ""],
      ["Faire connaître la CDC", "refaire le dépliant de présentation", "", ""],
      ["Faire connaître la CDC", "participer aux salons communautaires", "", ""],
      ["LOGEMENT", "Documenter les besoins en logement social", "", ""],
      ["LOGEMENT", "Rencontrer les élus municipaux", "", ""],
      ["TRANSPORT", "Appuyer la demande d'un circuit d'autobus vers le parc industriel", "", ""],
    ],
    unplaced: [
      "Comité de développement — Corporation de développement communautaire des Moulins",
      "Pour toute question, communiquer avec la coordination au 450 555-0199.",
    ],
  },
  "shape3-date-after.txt": {
    layout: "structured",
    rows: [
      ["Communication avec les parents", "Produire un calendrier des rencontres", "", "Septembre 2024"],
      [
        "Communication avec les parents",
        "Envoyer le compte rendu de chaque réunion aux parents",
        "",
        "En continu",
      ],
      ["Communication avec les parents", "Réviser la politique d'utilisation du portail", "", "Janvier 2025"],
      ["Vie scolaire", "Organiser la journée sportive", "", "Juin 2025"],
      ["Vie scolaire", "Consulter les élèves sur les activités du midi", "", "Mars 2025"],
    ],
    unplaced: ["Conseil d'établissement – École Sainte-Famille"],
  },
  "shape3-date-first.txt": {
    layout: "structured",
    rows: [
      ["Réduire les déchets", "Faire un audit des poubelles de la cafétéria", "", "Octobre 2016"],
      ["Réduire les déchets", "Lancer le compostage", "", "Février 2017"],
      ["Réduire les déchets", "Organiser une corvée de nettoyage du terrain", "", "Avril 2017"],
      [
        "Sensibiliser les membres",
        "Publier une chronique verte dans le journal syndical",
        "",
        "Novembre 2016",
      ],
      ["Sensibiliser les membres", "Tenir un kiosque lors de la semaine de l'environnement", "", "Mai 2017"],
    ],
    unplaced: [
      "Comité environnement – Syndicat local 2217",
      "Le comité s'est réuni quatre fois depuis sa création. Voici les actions retenues pour l'année.",
      "Merci à toutes les personnes qui ont participé aux rencontres!",
    ],
  },
  "shape3-month-headings.txt": {
    layout: "structured",
    rows: [
      ["", "Tournée des départements", "", "SEPTEMBRE"],
      ["", "Distribution de l'agenda syndical", "", "SEPTEMBRE"],
      ["", "Assemblée générale annuelle", "", "OCTOBRE"],
      ["", "Lancement de la campagne « Un contrat juste »", "", "OCTOBRE"],
      ["", "Souper des fêtes des membres", "", "DÉCEMBRE"],
      ["", "Préparation du congrès", "", "Printemps 2026"],
      ["", "Élection du nouveau comité", "", "Printemps 2026"],
    ],
    unplaced: [],
  },
  "shape4-echeance-lines.txt": {
    layout: "structured",
    rows: [
      ["1. Prévention", "Mettre à jour le registre des accidents", "Louise Gagnon", "juin 2024"],
      ["1. Prévention", "Faire la tournée des postes de travail à risque", "comité SST", "automne 2024"],
      [
        "1. Prévention",
        "Former les nouveaux représentants à la prévention",
        "conseiller syndical",
        "les 27 et 28 août 2024",
      ],
      ["2. Retour au travail", "Accompagner les membres en assignation temporaire", "", "en continu"],
    ],
    unplaced: [],
  },
  "shape4-inline.txt": {
    layout: "structured",
    rows: [
      [
        "Rendre visibles les enjeux des travailleuses",
        "Souligner le 8 mars par une activité dans chaque région",
        "",
        "8 mars 2025",
      ],
      [
        "Rendre visibles les enjeux des travailleuses",
        "Mettre à jour la liste des ressources en violence conjugale",
        "",
        "d'ici juin",
      ],
      [
        "Rendre visibles les enjeux des travailleuses",
        "Présenter une conférence sur l'équité salariale",
        "",
        "automne 2024",
      ],
      [
        "Rendre visibles les enjeux des travailleuses",
        "Maintenir un point statutaire à l'ordre du jour de l'exécutif",
        "",
        "en continu",
      ],
      ["Outiller les déléguées", "Produire une fiche sur les congés parentaux", "", "d'ici décembre 2024"],
      ["Outiller les déléguées", "Organiser une formation sur le harcèlement", "", ""],
    ],
    unplaced: [],
  },
  "shape4-labelled.txt": {
    layout: "structured",
    rows: [
      [
        "Améliorer la tâche enseignante",
        "Documenter la charge de travail réelle",
        "Comité de la tâche",
        "décembre 2019",
      ],
      [
        "Améliorer la tâche enseignante",
        "Négocier l'allègement des tâches administratives",
        "Exécutif",
        "mai 2020",
      ],
      [
        "Renforcer la solidarité intersyndicale",
        "Participer à la marche du 1er mai",
        "Responsable à la mobilisation",
        "1er mai 2020",
      ],
    ],
    unplaced: ["Syndicat des professeures et professeurs du Cégep"],
  },
  "shape5-bilan.txt": {
    layout: "structured",
    rows: [
      ["Objectif 1 : Ramener les membres en assemblée", "Tenir les assemblées à l'heure du dîner", "", ""],
      ["Objectif 1 : Ramener les membres en assemblée", "Offrir un tirage à chaque assemblée", "", ""],
      ["Objectif 2 : Mieux informer", "Publier une infolettre par trimestre", "", ""],
    ],
    unplaced: [
      "Syndicat des employé·es de soutien",
      "Mot de la présidence",
      "L'année qui s'achève a été marquée par la négociation du secteur public. Nous tenons à remercier toutes les personnes qui ont participé aux assemblées et aux actions de visibilité.",
      "Contexte",
      "Le cégep compte maintenant plus de 400 employé·es de soutien. Depuis la pandémie, la participation aux instances a diminué, en mai dernier seulement 40 personnes étaient présentes.",
      "Plan d'action 2023-2024",
      "Conclusion",
      "Le comité exécutif vous invite à lui faire part de vos idées.",
      "Marie-Claude Roy, présidente",
      "Jean Lavoie, secrétaire",
    ],
  },
  "shape5-cse.txt": {
    layout: "structured",
    rows: [
      [
        "Points d'action",
        "Envoyer la lettre d'entente à l'employeur (Paul Roy)",
        "",
        "le 5 janvier prochain",
      ],
      ["Points d'action", "Planifier la formation des gestionnaires", "", "fin 2025"],
      ["Points d'action", "Faire le suivi du dossier des horaires atypiques", "", ""],
    ],
    unplaced: [
      "Procès-verbal de la réunion du comité de relations de travail",
      "Ce mercredi 8 octobre 2025, à 13 h 30",
      "Présences : Paul Roy, Anne Caron, Luc Fortin",
      "1. Ouverture de la réunion",
      "La réunion est ouverte à 13 h 35.",
      "2. Adoption de l'ordre du jour",
      "L'ordre du jour est adopté à l'unanimité.",
      "Levée de la séance à 15 h.",
      "Anne Caron, secrétaire de séance",
    ],
  },
  "shape5-school-table.txt": {
    layout: "six-column-table",
    rows: [
      ["Informer les parents", "Publier un bulletin", "", "par trimestre"],
      [
        "Former les membres",
        "Offrir une formation sur le rôle de conseil d'établissement",
        "",
        "novembre 2021",
      ],
      [
        "Représenter les parents",
        "Siéger au comité consultatif EHDAA",
        "",
        "au moins trois réunions annuelles",
      ],
    ],
    unplaced: [
      "Comité de parents – Commission scolaire des Rivières",
      "Le comité de parents a pour mandat de promouvoir la participation des parents. Les membres ont adopté le plan suivant lors de la séance du 20 octobre 2021.",
      "Pour en savoir plus, visitez le site du comité.",
    ],
  },
};

describe("real plan shapes: rows, objectives, responsables, deadlines, and what is not placed", () => {
  it.each(Object.keys(EXPECTED))("%s", (name) => {
    const plan = read(name);
    const expected = EXPECTED[name];
    expect(plan.layout).toBe(expected.layout);
    expect(plan.rows.map((r) => [r.objectif, r.moyens, r.responsables, r.echeancier])).toEqual(expected.rows);
    expect(plan.unplaced).toEqual(expected.unplaced);
  });

  it("has at least three fixtures for each of the five shapes", () => {
    for (const shape of ["shape1", "shape2", "shape3", "shape4", "shape5"]) {
      expect(Object.keys(EXPECTED).filter((n) => n.startsWith(shape)).length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("what else the shapes carry", () => {
  it("keeps a table's other columns: indicators as expected results, budgets as resources", () => {
    const plan = read("shape1-pdf-layout.txt");
    expect(plan.rows[0].resultat).toBe("Taux de participation");
    expect(plan.rows[0].ressources).toBe("500 $");
    expect(plan.rows[3].resultat).toBe("Nombre de personnes formées");
    expect(plan.header.periode).toBe("2023-2024");
  });

  it("keeps a column the template lacks under its own label", () => {
    const plan = read("shape1-tab-english.txt");
    expect(plan.rows[2].remarques).toBe("With the principal");
    expect(plan.structure?.tables[0].columns).toEqual([
      "objectif",
      "moyens",
      "responsables",
      "echeancier",
      "remarques",
    ]);
  });

  it("puts the axis around an objective in remarques, and the title's years in the Période", () => {
    const plan = read("shape2-axes.txt");
    expect(plan.rows[0].remarques).toBe("AXE 1 : Vie syndicale");
    expect(plan.rows[7].remarques).toBe("AXE 2 : Santé et sécurité au travail");
    expect(plan.header.periode).toBe("2024-2026");
  });

  it("reads a plan with no deadline anywhere", () => {
    const plan = read("shape2-numbered.txt");
    expect(plan.rows.every((r) => r.echeancier === "")).toBe(true);
    expect(plan.header.periode).toBe("2014-2015");
  });
});
