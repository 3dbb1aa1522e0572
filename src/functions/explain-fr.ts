// The French definitions served by KPI_EXPLAIN(name, "fr"). The English ones are the JSDoc help
// of src/main.ts (injected by the build); a test checks that both languages cover every function.

export const HELP_FR: Readonly<Record<string, string>> = {
  KPI_CONVERSION:
    "Taux de conversion entre deux étapes du tunnel : atteint_après / atteint_avant, en fraction. Donnez deux nombres, ou deux plages parallèles de marqueurs « atteint » (dates, VRAI, nombres non nuls, mots autres que non) : c'est alors la part des lignes ayant atteint la première étape qui atteignent aussi la seconde.",
  KPI_FUNNEL:
    "Tableau du tunnel de vente : pour chaque étape, le nombre de lignes qui l'atteignent, la conversion depuis l'étape précédente et depuis la première. La première ligne du bloc nomme les étapes ; le mode « any » compte une étape dès qu'elle est atteinte, « strict » seulement si toutes les étapes précédentes le sont aussi.",
  KPI_WIN_RATE:
    'Taux de réussite : affaires gagnées / (gagnées + perdues), sans les affaires en cours. Libellés par défaut : Won (Gagné) et Lost (Perdu).',
  KPI_CYCLE_DAYS:
    'Durée du cycle de vente en jours calendaires, de la date de début à la date de fin : la médiane (par défaut) ou la moyenne sur les lignes où les deux dates sont remplies.',
  KPI_SALES_VELOCITY:
    'Vélocité des ventes, le chiffre d’affaires que le pipeline produit par jour : opportunités ouvertes × taux de réussite × montant moyen des affaires / durée du cycle en jours.',
  KPI_AOV: 'Panier moyen : la moyenne (par défaut) ou la médiane des montants de commande.',
  KPI_GROSS_MARGIN:
    'Taux de marge brute : (chiffre d’affaires total − coûts totaux) / chiffre d’affaires total. Les lignes sans chiffre d’affaires sont ignorées ; un coût vide compte pour 0.',
  KPI_CAC:
    'Coût d’acquisition client : dépenses totales / nouveaux clients, où les nouveaux clients sont la somme d’une plage de nombres ou le nombre d’identifiants clients distincts.',
  KPI_CLTV:
    'Valeur vie client : panier moyen × fréquence d’achat × taux de marge brute × durée de vie (fréquence et durée de vie dans la même unité de période).',
  KPI_SEGMENT_PROFITABILITY:
    'Rentabilité par segment : chiffre d’affaires, marge brute, taux de marge et part de la marge brute totale de chaque segment, la plus grande marge en premier.',
  KPI_RETENTION:
    'Taux de rétention client : avec trois nombres, (clients en fin − nouveaux clients) / clients au début ; avec deux plages d’identifiants, la part des clients du début encore présents à la fin.',
  KPI_NPS:
    'Net Promoter Score : 100 × (promoteurs − détracteurs) / réponses, les promoteurs notant 9 ou 10 et les détracteurs de 0 à 6, de −100 à 100.',
  KPI_CSAT:
    'Score de satisfaction client : avec la méthode « top2 » (par défaut), la part des notes dans les deux meilleures de l’échelle ; avec « mean », la note moyenne.',
  KPI_REFERRAL_RATE:
    'Taux de recommandation : la part des sources renseignées qui sont des recommandations spontanées. Libellés par défaut : Referral (Recommandation, Bouche-à-oreille).',
  KPI_COHORT_RETENTION:
    'Tableau de rétention par cohorte : les clients regroupés par période de leur première commande et, pour chaque cohorte, la part active (au moins une commande) à chaque période suivante.',
  KPI_INTERACTION_SCORE:
    'Score des interactions significatives : les points de la première règle qui correspond à chaque activité. Règles par défaut, 1 point chacune : un appel de 15 minutes ou plus, un e-mail avec une réponse positive, un webinaire suivi.',
  KPI_CONTENT_PROGRESSION:
    'Tableau de progression par contenu : pour chaque type de contenu consulté par les prospects, le nombre de prospects, le nombre qui ont progressé et le taux de progression, le meilleur taux en premier.',
  KPI_ALERT:
    'Test d’alerte : VRAI quand l’évolution de la valeur précédente à la valeur actuelle franchit le seuil (une évolution égale au seuil déclenche l’alerte). Le mode « relative » (par défaut) compare l’évolution en fraction, « points » dans l’unité du KPI ; sens « down » (baisse, par défaut) ou « up » (hausse).',
  KPI_TREND:
    'Tableau de tendance : les valeurs agrégées par période de la première à la dernière date (périodes vides comprises), avec l’évolution par rapport à la période précédente et la moyenne mobile des 3 dernières périodes.',
  KPI_ANOMALIES:
    'Repérage des anomalies : VRAI pour chaque valeur dont le z-score modifié (0,6745 × (x − médiane) / MAD) dépasse le seuil en valeur absolue, dans la forme de la plage d’entrée.',
  KPI_CORRELATION:
    'Corrélation de Pearson entre x et y décalé de lag lignes (y après x), sur les paires où les deux sont des nombres, de −1 à 1.',
  KPI_EXPERIMENT:
    'Résultat d’une expérience : taux de conversion du groupe témoin et de la variante, gain relatif de la variante et valeur p bilatérale du test z de deux proportions (variance commune).',
  KPI_SAMPLE_SIZE:
    'Taille d’échantillon par groupe nécessaire pour détecter un gain relatif d’un taux de conversion de référence avec un test z bilatéral de deux proportions.',
  KPI_PROGRESS:
    'Avancement d’un objectif : part du chemin parcourue de la valeur de départ à la cible, part du temps écoulé du début à l’échéance, valeur projetée à l’échéance et statut (ahead = en avance, on track = dans les temps, behind = en retard, done = atteint).',
  KPI_EXPLAIN:
    'Explique une fonction KPI en mots : ce qu’elle mesure, sa formule et ses variantes, en anglais (« en », par défaut) ou en français (« fr »).',
};
