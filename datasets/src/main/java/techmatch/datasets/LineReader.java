package techmatch.datasets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a file line by line, decoding each line as strict UTF-8 on its own, so that one line of bad bytes is reported
 * with its number and skipped instead of failing or silently mangling the whole file.
 */
final class LineReader implements AutoCloseable {

  /** A line, or the fact that its bytes were not UTF-8. */
  record Line(long number, String text, boolean badEncoding) {}

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int limit;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
  private long number;

  LineReader(InputStream in) {
    this.in = in;
  }

  /** The next line without its terminator, or null at the end of the file. */
  Line next() throws IOException {
    buffer.reset();
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(chunk);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          break;
        }
      }
      any = true;
      int newline = -1;
      for (int i = position; i < limit; i++) {
        if (chunk[i] == '\n') {
          newline = i;
          break;
        }
      }
      if (newline >= 0) {
        buffer.write(chunk, position, newline - position);
        position = newline + 1;
        break;
      }
      buffer.write(chunk, position, limit - position);
      position = limit;
    }
    if (!any) {
      return null;
    }
    number++;
    byte[] bytes = buffer.toByteArray();
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      length--;
    }
    int start = number == 1 && length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    try {
      return new Line(number, decoder.decode(ByteBuffer.wrap(bytes, start, length - start)).toString(), false);
    } catch (CharacterCodingException e) {
      return new Line(number, "", true);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
