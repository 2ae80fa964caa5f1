package org.custodes.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class QrCodeTests {

    @Test
    void theSvgHasATitleAndEscapesIt() {
        var svg = QrCode.svg("https://custodes.example/verify/1", "Verify <Aegis & Co>");
        assertThat(svg).startsWith("<svg").contains("<title>Verify &lt;Aegis &amp; Co&gt;</title>").contains("h1v1h-1z");
    }

    @Test
    void thePngIsAnImageOfTheAskedSize() throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(QrCode.png("https://custodes.example/verify/1", 300)));
        assertThat(image.getWidth()).isEqualTo(300);
    }
}
