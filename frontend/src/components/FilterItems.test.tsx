import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SearchFilter, SelectFilter } from "./FilterItems";

describe("filter bar items", () => {
  it("name their controls by their labels", () => {
    render(
      <>
        <SearchFilter label="Customer" value="" onChange={() => {}} />
        <SelectFilter
          label="Status"
          value={undefined}
          options={[{ value: "NEW", label: "New" }]}
          onChange={() => {}}
          placeholder="All"
        />
      </>,
    );
    expect(screen.getByRole("searchbox", { name: "Customer" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Status" })).toBeInTheDocument();
  });
});
