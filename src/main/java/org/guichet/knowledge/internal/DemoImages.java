package org.guichet.knowledge.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * The drawing the demo's two-factor article shows in its text: a telephone showing a code
 * of six digits, and the six boxes of the portal's screen where it is typed. Shapes only,
 * so that it draws the same without any font installed.
 */
final class DemoImages {

	/** What the drawing shows, for readers who cannot see it. */
	static final String TWO_FACTOR_DESCRIPTION = "Schéma : le téléphone affiche un code de six chiffres,"
			+ " à recopier dans les six cases de l'écran de vérification du portail.";

	private static final Color NAVY = new Color(0x1b365d);

	private DemoImages() {
	}

	/**
	 * @return the drawing, as a PNG file
	 */
	static byte[] twoFactorCode() {
		BufferedImage image = new BufferedImage(480, 220, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, 480, 220);
			g.setStroke(new BasicStroke(3));
			g.setColor(NAVY);
			// the telephone and its code
			g.drawRoundRect(30, 20, 110, 180, 20, 20);
			for (int digit = 0; digit < 6; digit++) {
				g.fillRect(42 + (digit % 3) * 30, 80 + (digit / 3) * 36, 24, 28);
			}
			// the arrow
			g.drawLine(165, 110, 225, 110);
			g.fillPolygon(new int[] { 225, 212, 212 }, new int[] { 110, 102, 118 }, 3);
			// the portal's screen and its six boxes
			g.drawRect(250, 30, 200, 160);
			g.fillRect(250, 30, 200, 22);
			for (int box = 0; box < 6; box++) {
				g.drawRect(262 + box * 31, 100, 24, 32);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

}
