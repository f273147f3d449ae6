package com.betterbros.props.model.core;

import com.betterbros.props.math.IsotonicCalibrator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The serialised form of a {@link PropModel}: one self-describing byte array, written with
 * {@link DataOutputStream} (big-endian, strings in modified UTF-8):
 *
 * <pre>
 *   "BBPM" magic, int format version (1)
 *   UTF model type wire name
 *   int n, n x UTF   caller feature names (vector order)
 *   int n, n x UTF   the features the Tribuo model sees (a subset)
 *   int n, n x UTF   supported stat types
 *   int k, k x double, k x double   isotonic calibrator knots (xs, ys)
 *   int m, m x (UTF key, double)    numeric state (e.g. "size:points" -> NB size r)
 *   int b, b bytes   the Tribuo model: Model.serialize().toByteArray() (a ModelProto)
 * </pre>
 */
record ModelEnvelope(ModelType type, List<String> featureNames, List<String> modelFeatures,
    List<String> statTypes, IsotonicCalibrator calibrator, Map<String, Double> numbers,
    byte[] tribuoModel) {

  private static final int MAGIC = 0x4242504D; // "BBPM"
  private static final int VERSION = 1;

  /** The envelope's bytes. */
  byte[] write() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(tribuoModel.length + 4096);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(type.wireName());
      writeStrings(out, featureNames);
      writeStrings(out, modelFeatures);
      writeStrings(out, statTypes);
      double[] xs = calibrator.xs();
      double[] ys = calibrator.ys();
      out.writeInt(xs.length);
      for (double x : xs) {
        out.writeDouble(x);
      }
      for (double y : ys) {
        out.writeDouble(y);
      }
      out.writeInt(numbers.size());
      for (Map.Entry<String, Double> e : numbers.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeDouble(e.getValue());
      }
      out.writeInt(tribuoModel.length);
      out.write(tribuoModel);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads an envelope.
   *
   * @throws IllegalArgumentException when the bytes are not a model envelope of a known version
   */
  static ModelEnvelope read(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (bytes.length < 8 || in.readInt() != MAGIC) {
        throw new IllegalArgumentException("not a serialised prop model");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IllegalArgumentException("unsupported prop model format version " + version);
      }
      ModelType type = ModelType.parse(in.readUTF());
      List<String> featureNames = readStrings(in);
      List<String> modelFeatures = readStrings(in);
      List<String> statTypes = readStrings(in);
      int k = in.readInt();
      if (k < 1 || k > bytes.length / 16) {
        throw new IllegalArgumentException("corrupt prop model: bad calibrator size " + k);
      }
      double[] xs = new double[k];
      double[] ys = new double[k];
      for (int i = 0; i < k; i++) {
        xs[i] = in.readDouble();
      }
      for (int i = 0; i < k; i++) {
        ys[i] = in.readDouble();
      }
      int m = in.readInt();
      if (m < 0 || m > bytes.length / 10) {
        throw new IllegalArgumentException("corrupt prop model: bad state size " + m);
      }
      Map<String, Double> numbers = new LinkedHashMap<>();
      for (int i = 0; i < m; i++) {
        numbers.put(in.readUTF(), in.readDouble());
      }
      int b = in.readInt();
      if (b < 0 || b > bytes.length) {
        throw new IllegalArgumentException("corrupt prop model: bad Tribuo model length " + b);
      }
      byte[] tribuo = in.readNBytes(b);
      if (tribuo.length != b || in.read() != -1) {
        throw new IllegalArgumentException("corrupt prop model: bad Tribuo model length " + b);
      }
      return new ModelEnvelope(type, featureNames, modelFeatures, statTypes,
          IsotonicCalibrator.of(xs, ys), numbers, tribuo);
    } catch (IOException e) {
      throw new IllegalArgumentException("corrupt prop model: " + e.getMessage(), e);
    }
  }

  private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String v : values) {
      out.writeUTF(v);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 100_000) {
      throw new IOException("bad list length " + n);
    }
    List<String> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(in.readUTF());
    }
    return values;
  }
}
