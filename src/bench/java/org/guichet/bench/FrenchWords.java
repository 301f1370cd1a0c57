package org.guichet.bench;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The words generated names are made of. The simulation searches with the same words, so
 * that every search term it sends matches generated data.
 */
final class FrenchWords {

	private FrenchWords() {
	}

	/** Real communes, each with one of its postcodes. */
	static final List<Commune> CITIES = List.of(new Commune("Paris", "75011"), new Commune("Marseille", "13004"),
			new Commune("Lyon", "69003"), new Commune("Toulouse", "31000"), new Commune("Nice", "06000"),
			new Commune("Nantes", "44000"), new Commune("Montpellier", "34000"), new Commune("Strasbourg", "67000"),
			new Commune("Bordeaux", "33000"), new Commune("Lille", "59000"), new Commune("Rennes", "35000"),
			new Commune("Reims", "51100"), new Commune("Toulon", "83000"), new Commune("Saint-Étienne", "42000"),
			new Commune("Le Havre", "76600"), new Commune("Grenoble", "38000"), new Commune("Dijon", "21000"),
			new Commune("Angers", "49000"), new Commune("Nîmes", "30000"), new Commune("Villeurbanne", "69100"),
			new Commune("Clermont-Ferrand", "63000"), new Commune("Le Mans", "72000"),
			new Commune("Aix-en-Provence", "13100"), new Commune("Brest", "29200"), new Commune("Tours", "37000"),
			new Commune("Amiens", "80000"), new Commune("Limoges", "87000"), new Commune("Annecy", "74000"),
			new Commune("Perpignan", "66000"), new Commune("Besançon", "25000"), new Commune("Metz", "57000"),
			new Commune("Orléans", "45000"), new Commune("Rouen", "76000"), new Commune("Mulhouse", "68100"),
			new Commune("Caen", "14000"), new Commune("Nancy", "54000"), new Commune("Argenteuil", "95100"),
			new Commune("Montreuil", "93100"), new Commune("Roubaix", "59100"), new Commune("Tourcoing", "59200"),
			new Commune("Avignon", "84000"), new Commune("Poitiers", "86000"), new Commune("Pau", "64000"),
			new Commune("La Rochelle", "17000"), new Commune("Calais", "62100"), new Commune("Cannes", "06400"),
			new Commune("Antibes", "06600"), new Commune("Béziers", "34500"), new Commune("Colmar", "68000"),
			new Commune("Bourges", "18000"), new Commune("Quimper", "29000"), new Commune("Valence", "26000"),
			new Commune("Chambéry", "73000"), new Commune("Niort", "79000"), new Commune("Vannes", "56000"),
			new Commune("Lorient", "56100"), new Commune("Troyes", "10000"), new Commune("Chartres", "28000"),
			new Commune("Laval", "53000"), new Commune("Belfort", "90000"), new Commune("Évreux", "27000"),
			new Commune("Albi", "81000"), new Commune("Carcassonne", "11000"), new Commune("Blois", "41000"),
			new Commune("Angoulême", "16000"), new Commune("Saint-Brieuc", "22000"), new Commune("Montauban", "82000"),
			new Commune("Arras", "62000"), new Commune("Auxerre", "89000"), new Commune("Nevers", "58000"),
			new Commune("Mâcon", "71000"), new Commune("Périgueux", "24000"), new Commune("Agen", "47000"),
			new Commune("Tarbes", "65000"), new Commune("Bayonne", "64100"), new Commune("Gap", "05000"),
			new Commune("Digne-les-Bains", "04000"), new Commune("Ajaccio", "20000"), new Commune("Bastia", "20200"),
			new Commune("Épinal", "88000"), new Commune("Vesoul", "70000"), new Commune("Lons-le-Saunier", "39000"),
			new Commune("Aurillac", "15000"), new Commune("Le Puy-en-Velay", "43000"), new Commune("Rodez", "12000"),
			new Commune("Cahors", "46000"), new Commune("Mende", "48000"), new Commune("Privas", "07000"),
			new Commune("Bourg-en-Bresse", "01000"), new Commune("Moulins", "03000"), new Commune("Guéret", "23000"),
			new Commune("Tulle", "19000"), new Commune("Châteauroux", "36000"), new Commune("Alençon", "61000"),
			new Commune("Saint-Lô", "50000"), new Commune("Les Sables-d'Olonne", "85100"),
			new Commune("La Roche-sur-Yon", "85000"), new Commune("Île-Tudy", "29980"),
			new Commune("Issy-les-Moulineaux", "92130"), new Commune("Orange", "84100"));

	/**
	 * Saints, rivers and qualifiers from which more communes are made: "Saint-Martin",
	 * "Saint-Martin-sur-Loire", "Saint-Martin-le-Vieux"...
	 */
	static final List<String> SAINTS = List.of("Saint-Martin", "Saint-Jean", "Saint-Pierre", "Saint-Georges",
			"Saint-Laurent", "Saint-Germain", "Saint-Julien", "Saint-Étienne", "Saint-Hilaire", "Saint-Denis",
			"Saint-Paul", "Saint-Vincent", "Saint-Michel", "Saint-Nicolas", "Saint-Sauveur", "Saint-Médard",
			"Saint-Aubin", "Saint-André", "Saint-Rémy", "Saint-Cyr", "Sainte-Marie", "Sainte-Colombe", "Sainte-Foy",
			"Sainte-Croix", "Sainte-Geneviève", "Sainte-Hélène", "Notre-Dame", "Villeneuve", "Châteauneuf",
			"Villefranche", "Beaumont", "Montigny", "Fontaine", "Neuville", "Bourg", "Mont");

	static final List<String> QUALIFIERS = List.of("", "-sur-Loire", "-sur-Mer", "-sur-Saône", "-en-Vallée",
			"-le-Vieux", "-le-Château", "-les-Bains", "-de-Comminges", "-d'Oléron", "-sur-Isère", "-en-Bresse",
			"-du-Var", "-la-Forêt", "-de-Bretagne", "-sous-Bois", "-lès-Avignon", "-des-Prés", "-sur-Orne", "-en-Auge",
			"-d'Azergues", "-le-Grand", "-la-Rivière", "-du-Bois");

	/** Départements, for the postcodes of made communes. */
	static final List<String> DEPARTMENTS = List.of("01", "03", "07", "12", "14", "17", "22", "24", "26", "29", "33",
			"35", "38", "42", "44", "49", "50", "56", "59", "62", "63", "67", "69", "71", "72", "73", "74", "76", "79",
			"80", "83", "84", "85", "86", "87", "88");

	static final List<String> SURNAMES = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
			"Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
			"Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller",
			"Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François",
			"Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel",
			"Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer",
			"Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard",
			"Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal",
			"Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier",
			"Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume",
			"Lecomte", "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis",
			"Moulin", "Louis", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein",
			"Jacquet", "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault",
			"Charpentier", "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez",
			"Le Gall", "Collet", "Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Roux",
			"Cousin", "Germain", "Breton", "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier",
			"Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier",
			"Michaud", "Rodriguez", "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier",
			"Collin", "Chauvin", "Da Silva", "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud",
			"Antoine", "Hoarau", "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay",
			"Pasquier", "Carlier", "Laporte");

	static final List<String> WOMEN = List.of("Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise",
			"Valérie", "Christine", "Sandrine", "Sophie", "Céline", "Véronique", "Stéphanie", "Julie", "Aurélie",
			"Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Laura", "Pauline", "Claire", "Anne", "Hélène",
			"Élodie", "Émilie", "Mathilde", "Juliette", "Lucie", "Agnès", "Brigitte", "Josiane", "Martine", "Monique",
			"Chantal", "Océane", "Zoé", "Maëlle", "Anaïs", "Clémence", "Margaux", "Noémie");

	static final List<String> MEN = List.of("Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Nicolas",
			"Christophe", "Patrick", "Frédéric", "Laurent", "Stéphane", "Julien", "David", "Sébastien", "Thomas",
			"Olivier", "Éric", "Jérôme", "François", "Antoine", "Maxime", "Alexandre", "Romain", "Hugo", "Lucas",
			"Louis", "Paul", "Gabriel", "Arthur", "Mathis", "Théo", "Raphaël", "Benoît", "Guillaume", "Vincent",
			"Jacques", "Bernard", "Gérard", "Daniel", "Henri", "Hervé", "Cédric", "Loïc", "Yannick");

	/** People colleges, lycées and schools are named after. */
	static final List<String> NOTABLES = List.of("Jean Moulin", "Victor Hugo", "Jules Ferry", "Louis Pasteur",
			"Marie Curie", "Jean Jaurès", "Albert Camus", "Jacques Prévert", "Paul Éluard", "Simone Veil",
			"Jean de La Fontaine", "Antoine de Saint-Exupéry", "Émile Zola", "George Sand", "Molière", "Colette",
			"Charles de Gaulle", "Pierre et Marie Curie", "Jules Verne", "Condorcet", "Voltaire", "Joliot-Curie",
			"Louise Michel", "Aristide Briand", "Anatole France", "Alexandre Dumas", "Gustave Eiffel", "Lamartine");

	static final List<String> TRADES = List.of("Transports", "Boulangerie", "Garage", "Cabinet", "Pharmacie",
			"Menuiserie", "Plomberie", "Électricité", "Imprimerie", "Charpente", "Maçonnerie", "Boucherie",
			"Fromagerie", "Ambulances", "Taxis", "Paysages", "Couverture", "Optique", "Assurances",
			"Expertise comptable", "Notaires", "Architectes", "Informatique", "Carrosserie", "Serrurerie", "Traiteur",
			"Vins", "Librairie");

	static final List<String> STREETS = List.of("rue de la République", "rue Victor Hugo", "avenue Jean Jaurès",
			"rue de la Gare", "place de l'Église", "rue Pasteur", "avenue du Général de Gaulle", "rue des Écoles",
			"rue du Moulin", "chemin des Vignes", "rue des Tilleuls", "boulevard Gambetta", "rue Nationale",
			"place de la Mairie", "rue du Château", "impasse des Lilas", "route de Lyon", "rue Émile Zola",
			"allée des Chênes", "rue de la Fontaine", "quai des Bateliers", "rue des Artisans");

	static final List<String> MAIL_PROVIDERS = List.of("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr",
			"wanadoo.fr", "hotmail.fr", "yahoo.fr");

	/**
	 * @return the text without accents, in lower case, with anything but letters and
	 * digits turned into single hyphens: "Saint-Étienne" becomes "saint-etienne"
	 */
	static String slug(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	/**
	 * @return "de Lyon", "d'Angers", "du Mans", "des Sables-d'Olonne", "de La Rochelle"
	 */
	static String of(String commune) {
		if (commune.startsWith("Le ")) {
			return "du " + commune.substring(3);
		}
		if (commune.startsWith("Les ")) {
			return "des " + commune.substring(4);
		}
		return "AEIOUÉÈÎÔY".indexOf(commune.charAt(0)) >= 0 ? "d'" + commune : "de " + commune;
	}

	/**
	 * A commune with one of its postcodes.
	 */
	record Commune(String name, String postcode) {

	}

}
