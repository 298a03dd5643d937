import { describe, expect, it } from "vitest";
import { at, card, promise } from "../testing/board";
import { sortQueue } from "./queue";

const numbers = (cards: { number: string }[]) => cards.map((c) => c.number);

describe("the queue of orders nobody has", () => {
  const queue = [
    card({ number: "WO-3", priority: "LOW", promise: promise({ dueAt: at("09:00") }) }),
    card({ number: "WO-1", priority: "URGENT", promise: promise({ dueAt: at("17:00") }) }),
    card({ number: "WO-4", priority: "HIGH", promise: undefined }),
    card({ number: "WO-2", priority: "HIGH", promise: promise({ dueAt: at("12:00") }) }),
  ];

  it("puts the soonest promise due first, and orders without a promise last", () => {
    expect(numbers(sortQueue(queue, "due"))).toEqual(["WO-3", "WO-2", "WO-1", "WO-4"]);
  });

  it("by priority puts urgent first, then by promise due", () => {
    expect(numbers(sortQueue(queue, "priority"))).toEqual(["WO-1", "WO-2", "WO-4", "WO-3"]);
  });

  it("breaks ties by appointment, then number, and leaves the list it was given alone", () => {
    const same = promise({ dueAt: at("12:00") });
    const tied = [
      card({ number: "WO-9", promise: same, appointment: { start: at("14:00"), end: at("15:00") } }),
      card({ number: "WO-8", promise: same, appointment: { start: at("14:00"), end: at("15:00") } }),
      card({ number: "WO-7", promise: same, appointment: { start: at("13:00"), end: at("15:00") } }),
    ];
    expect(numbers(sortQueue(tied, "due"))).toEqual(["WO-7", "WO-8", "WO-9"]);
    expect(numbers(tied)).toEqual(["WO-9", "WO-8", "WO-7"]);
  });
});
