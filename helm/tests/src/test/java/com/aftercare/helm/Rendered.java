package com.aftercare.helm;

import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Kubernetes objects of one {@code helm template} run, with navigation helpers for assertions. */
final class Rendered {

  private final List<Map<String, Object>> objects = new ArrayList<>();

  @SuppressWarnings("unchecked")
  Rendered(String manifest) {
    for (Object document : new Yaml().loadAll(manifest)) {
      if (document != null) {
        objects.add((Map<String, Object>) document);
      }
    }
  }

  List<Map<String, Object>> all() {
    return objects;
  }

  List<Map<String, Object>> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
  }

  Optional<Map<String, Object>> find(String kind, String name) {
    return ofKind(kind).stream().filter(o -> name.equals(str(o, "metadata.name"))).findFirst();
  }

  Map<String, Object> get(String kind, String name) {
    return find(kind, name).orElseThrow(() -> new NoSuchElementException(
        kind + "/" + name + " not rendered; got " + summary()));
  }

  String summary() {
    return objects.stream().map(o -> o.get("kind") + "/" + str(o, "metadata.name")).collect(Collectors.joining(", "));
  }

  /** Value at a dotted path; list elements by index ("spec.containers.0.name"). */
  static Object at(Object node, String path) {
    Object current = node;
    for (String key : path.split("\\.")) {
      if (current instanceof Map<?, ?> map) {
        current = map.get(key);
      } else if (current instanceof List<?> list && key.matches("\\d+")) {
        current = Integer.parseInt(key) < list.size() ? list.get(Integer.parseInt(key)) : null;
      } else {
        return null;
      }
    }
    return current;
  }

  static String str(Object node, String path) {
    Object value = at(node, path);
    return value == null ? null : value.toString();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node, String path) {
    return (Map<String, Object>) at(node, path);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object node, String path) {
    Object value = at(node, path);
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  /** The single container of a Deployment. */
  static Map<String, Object> container(Map<String, Object> deployment, String name) {
    return list(deployment, "spec.template.spec.containers").stream()
        .filter(c -> name.equals(c.get("name")))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("container " + name));
  }

  /** Parses a JSON document (a subset of YAML) such as config.json. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> json(String text) {
    return (Map<String, Object>) new Yaml().load(text);
  }
}
