package org.vietlao.linkage.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a benchmark database (never the demo one) with plausible enterprises: Vietnamese and Lao businesses of
 * the sectors that trade across the border, each with offers and needs drawn from its sector's real HS
 * subheadings, in the current provinces of its country. Deterministic for a seed. Earlier benchmark
 * enterprises (registration numbers starting BENCH-) are deleted first, so it can run again.
 *
 * <pre>
 * java ... GenerateEnterprises [jdbcUrl] [enterprises] [offersAndNeeds] [seed]
 * </pre>
 */
public final class GenerateEnterprises {

	static final String PREFIX = "BENCH-";

	/** A kind of business: its ISIC class, the HS subheadings it sells and buys, its unit, how often it occurs. */
	record Sector(String isic, String name, double laoShare, String unit, double typicalVolume, int weight,
			String[] offers, String[] needs) {
	}

	static final List<Sector> SECTORS = List.of(
			new Sector("0113", "Cassava growers", 0.8, "t", 5000, 8, new String[] { "071410" },
					new String[] { "310520", "310420", "310210", "843290" }),
			new Sector("1062", "Cassava starch mill", 0.2, "t", 20000, 5, new String[] { "110814", "110819" },
					new String[] { "071410", "481910", "310520" }),
			new Sector("1062", "Modified starch and tapioca foods", 0.1, "t", 5000, 3, new String[] { "350510", "190300" },
					new String[] { "110814", "481910" }),
			new Sector("0111", "Maize growers", 0.7, "t", 3000, 6, new String[] { "100590" },
					new String[] { "310520", "100510", "843290" }),
			new Sector("1080", "Animal feed mill", 0.2, "t", 30000, 4, new String[] { "230990" },
					new String[] { "100590", "230400", "120190" }),
			new Sector("0111", "Soya-bean growers", 0.5, "t", 1500, 2, new String[] { "120190" },
					new String[] { "310520", "380893" }),
			new Sector("0129", "Rubber plantation", 0.6, "t", 4000, 5, new String[] { "400122", "400110" },
					new String[] { "310520", "380893" }),
			new Sector("2211", "Tyre maker", 0.1, "pcs", 200000, 2, new String[] { "401110", "401120", "401140" },
					new String[] { "400122", "400110", "280300" }),
			new Sector("2219", "Rubber glove maker", 0.2, "pcs", 1000000, 1, new String[] { "401519" },
					new String[] { "400110" }),
			new Sector("0510", "Coal mine", 0.6, "t", 200000, 2, new String[] { "270112", "270119" },
					new String[] { "843041", "271019" }),
			new Sector("3510", "Thermal power plant", 0.3, "MWh", 500000, 1, new String[] { "271600" },
					new String[] { "270112", "270119" }),
			new Sector("3510", "Hydro and wind power", 0.8, "MWh", 300000, 2, new String[] { "271600" },
					new String[] { "841011", "850231", "850423" }),
			new Sector("2710", "Electrical equipment maker", 0.1, "pcs", 500, 2,
					new String[] { "850231", "850423", "841011", "850440" }, new String[] { "720839", "740311" }),
			new Sector("0220", "Logging", 0.7, "m3", 5000, 3, new String[] { "440349", "440399" },
					new String[] { "843680", "271019" }),
			new Sector("1610", "Sawmill", 0.5, "m3", 8000, 3, new String[] { "440729", "440799" },
					new String[] { "440349", "440399" }),
			new Sector("3100", "Furniture maker", 0.2, "pcs", 20000, 5, new String[] { "940360", "940161", "940350" },
					new String[] { "440729", "440799", "441233" }),
			new Sector("1701", "Wood pulp and paper", 0.3, "t", 50000, 2, new String[] { "470329", "480257" },
					new String[] { "440122", "470329" }),
			new Sector("0220", "Wood chips", 0.6, "t", 20000, 2, new String[] { "440122" }, new String[] { "271019" }),
			new Sector("0891", "Potash mine", 0.9, "t", 100000, 1, new String[] { "310420" },
					new String[] { "281512", "271019" }),
			new Sector("2012", "Fertiliser blender", 0.2, "t", 40000, 3, new String[] { "310520", "310540" },
					new String[] { "310420", "251010", "310210" }),
			new Sector("0127", "Coffee growers", 0.7, "t", 800, 4, new String[] { "090111" },
					new String[] { "310520", "843880" }),
			new Sector("1079", "Coffee processor", 0.2, "t", 5000, 2, new String[] { "210111", "090121" },
					new String[] { "090111", "481910" }),
			new Sector("0114", "Sugar-cane growers", 0.7, "t", 10000, 3, new String[] { "121293" },
					new String[] { "310520", "843290" }),
			new Sector("1072", "Sugar mill", 0.3, "t", 30000, 1, new String[] { "170114" }, new String[] { "121293" }),
			new Sector("2732", "Wiring harness and cable maker", 0.5, "pcs", 500000, 3,
					new String[] { "854430", "854449" }, new String[] { "740811", "390410" }),
			new Sector("2610", "Electronic components", 0.1, "pcs", 5000000, 3,
					new String[] { "854231", "854239", "854140", "854110" }, new String[] { "381800", "740811" }),
			new Sector("2630", "Device assembly", 0.1, "pcs", 1000000, 3, new String[] { "847130", "851762", "851713" },
					new String[] { "854231", "854239", "854430", "854140" }),
			new Sector("0729", "Copper mine", 0.9, "t", 50000, 1, new String[] { "260300" },
					new String[] { "843041", "271019" }),
			new Sector("2420", "Copper smelter", 0.2, "t", 30000, 1, new String[] { "740311", "740811" },
					new String[] { "260300" }),
			new Sector("2394", "Cement plant", 0.4, "t", 500000, 2, new String[] { "252329", "252310" },
					new String[] { "252010", "270112" }),
			new Sector("0112", "Rice growers", 0.5, "t", 2000, 6, new String[] { "100610" },
					new String[] { "310520", "100610" }),
			new Sector("1061", "Rice mill", 0.4, "t", 20000, 3, new String[] { "100630" }, new String[] { "100610" }),
			new Sector("0116", "Cotton growers", 0.6, "t", 500, 1, new String[] { "520100" }, new String[] { "310520" }),
			new Sector("1311", "Spinning mill", 0.1, "t", 5000, 1, new String[] { "520512" }, new String[] { "520100" }),
			new Sector("1410", "Garment maker", 0.3, "pcs", 500000, 4, new String[] { "620520", "611020" },
					new String[] { "520812", "520512" }));

	static final String[] CERTIFICATIONS = { "ISO9001", "ISO14001", "HACCP", "GLOBALGAP", "VIETGAP", "LAOGAP",
			"ORGANIC", "FSC" };

	private GenerateEnterprises() {
	}

	public static void main(String[] args) throws Exception {
		String url = args.length > 0 ? args[0] : "jdbc:postgresql://localhost:55432/postgres";
		int enterprises = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		int items = args.length > 2 ? Integer.parseInt(args[2]) : 500_000;
		long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261122L;
		long started = System.nanoTime();
		try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
			db.setAutoCommit(false);
			generate(db, enterprises, items, new Random(seed));
			db.commit();
			try (Statement statement = db.createStatement()) {
				statement.execute("ANALYZE enterprise");
				statement.execute("ANALYZE enterprise_offer");
				statement.execute("ANALYZE enterprise_need");
				statement.execute("ANALYZE enterprise_certification");
			}
		}
		System.out.printf("Generated %,d enterprises with %,d offers and needs in %.1f s%n", enterprises, items,
				(System.nanoTime() - started) / 1e9);
	}

	static void generate(Connection db, int enterprises, int items, Random random) throws Exception {
		try (Statement statement = db.createStatement()) {
			int deleted = statement.executeUpdate("DELETE FROM enterprise WHERE registration_number LIKE '" + PREFIX + "%'");
			System.out.printf("Deleted %,d earlier benchmark enterprises%n", deleted);
		}
		Map<String, List<String>> provinces = provinces(db);
		int totalWeight = SECTORS.stream().mapToInt(Sector::weight).sum();
		CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();

		Sector[] sectorOf = new Sector[enterprises];
		String[] countryOf = new String[enterprises];
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < enterprises; i++) {
			Sector sector = pick(random, totalWeight);
			String country = random.nextDouble() < sector.laoShare() ? "LA" : "VN";
			List<String> codes = provinces.get(country);
			sectorOf[i] = sector;
			countryOf[i] = country;
			rows.append(country).append(',').append(PREFIX).append(i).append(',')
				.append(sector.name()).append(" ").append(country).append(' ').append(i).append(',')
				.append(codes.get(random.nextInt(codes.size()))).append(',').append(sector.isic()).append(',')
				.append(sizeClass(random)).append(",UNVERIFIED,false\n");
		}
		copy.copyIn("COPY enterprise (country, registration_number, name, province_code, sector, size_class, "
				+ "verification_status, demo) FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));

		long[] ids = new long[enterprises];
		try (Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT id, registration_number FROM enterprise WHERE registration_number LIKE '" + PREFIX + "%'")) {
			while (rs.next()) {
				ids[Integer.parseInt(rs.getString(2).substring(PREFIX.length()))] = rs.getLong(1);
			}
		}

		// Every enterprise gets one offer and one need; the rest are spread at random.
		int[] offers = new int[enterprises];
		int[] needs = new int[enterprises];
		java.util.Arrays.fill(offers, 1);
		java.util.Arrays.fill(needs, 1);
		for (int extra = items - 2 * enterprises; extra > 0; extra--) {
			int i = random.nextInt(enterprises);
			if (random.nextBoolean()) {
				offers[i]++;
			}
			else {
				needs[i]++;
			}
		}
		StringBuilder offerRows = new StringBuilder();
		StringBuilder needRows = new StringBuilder();
		StringBuilder certificationRows = new StringBuilder();
		for (int i = 0; i < enterprises; i++) {
			Sector sector = sectorOf[i];
			for (int k = 0; k < offers[i]; k++) {
				String code = sector.offers()[random.nextInt(sector.offers().length)];
				offerRows.append(ids[i]).append(',').append(code).append(',').append(amount(random, sector)).append(',')
					.append(unitOf(code, sector)).append('\n');
			}
			for (int k = 0; k < needs[i]; k++) {
				String code = sector.needs()[random.nextInt(sector.needs().length)];
				String required = random.nextInt(10) == 0 ? CERTIFICATIONS[random.nextInt(CERTIFICATIONS.length)] : "";
				needRows.append(ids[i]).append(',').append(code).append(',').append(amount(random, sector)).append(',')
					.append(unitOf(code, sector)).append(",\"{").append(required).append("}\"\n");
			}
			int held = random.nextInt(3);
			List<String> chosen = new ArrayList<>();
			for (int k = 0; k < held; k++) {
				String certification = CERTIFICATIONS[random.nextInt(CERTIFICATIONS.length)];
				if (!chosen.contains(certification)) {
					chosen.add(certification);
					certificationRows.append(ids[i]).append(',').append(certification).append('\n');
				}
			}
		}
		copy.copyIn("COPY enterprise_offer (enterprise_id, hs_code, annual_capacity, unit) FROM STDIN (FORMAT csv)",
				new StringReader(offerRows.toString()));
		copy.copyIn("COPY enterprise_need (enterprise_id, hs_code, annual_volume, unit, required_certifications) "
				+ "FROM STDIN (FORMAT csv)", new StringReader(needRows.toString()));
		copy.copyIn("COPY enterprise_certification (enterprise_id, code) FROM STDIN (FORMAT csv)",
				new StringReader(certificationRows.toString()));
	}

	private static Sector pick(Random random, int totalWeight) {
		int ticket = random.nextInt(totalWeight);
		for (Sector sector : SECTORS) {
			ticket -= sector.weight();
			if (ticket < 0) {
				return sector;
			}
		}
		throw new IllegalStateException();
	}

	/** Quantities log-normal around the sector's typical one (σ = 1); one in twenty left unknown. */
	private static String amount(Random random, Sector sector) {
		if (random.nextInt(20) == 0) {
			return "";
		}
		return String.valueOf(Math.max(1, Math.round(sector.typicalVolume() * Math.exp(random.nextGaussian()))));
	}

	/** Electricity in MWh, timber in m3, manufactured goods in pieces, everything else in tonnes. */
	private static String unitOf(String code, Sector sector) {
		if (code.startsWith("2716")) {
			return "MWh";
		}
		if (code.startsWith("4403") || code.startsWith("4407")) {
			return "m3";
		}
		return code.startsWith("84") || code.startsWith("85") || code.startsWith("94") || code.startsWith("4011")
				|| code.startsWith("4015") || code.startsWith("61") || code.startsWith("62") ? "pcs" : "t";
	}

	private static String sizeClass(Random random) {
		return new String[] { "MICRO", "SMALL", "SMALL", "MEDIUM", "LARGE" }[random.nextInt(5)];
	}

	private static Map<String, List<String>> provinces(Connection db) throws SQLException {
		Map<String, List<String>> provinces = new HashMap<>();
		try (Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("SELECT country, code FROM province WHERE valid_from <= current_date "
						+ "AND (valid_to IS NULL OR valid_to >= current_date) ORDER BY country, code")) {
			while (rs.next()) {
				provinces.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(rs.getString(2));
			}
		}
		return provinces;
	}
}
