import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { ApiError } from "@/lib/api/problem";
import { problem } from "@/test/fixtures";
import { ProblemAlert } from "./ProblemAlert";

describe("ProblemAlert", () => {
  it("heads a validation problem in the UI's language and lists errors no field shows", async () => {
    await i18n.changeLanguage("zh-CN");
    const error = new ApiError(
      400,
      problem({
        status: 400,
        detail: "2 fields are invalid.",
        errors: [
          { field: "slug", message: "already taken" },
          { field: "manager.email", message: "must be a well-formed email address" },
        ],
      }),
    );
    render(<ProblemAlert error={error} displayedFields={new Set(["slug"])} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("提交的内容有误");
    expect(alert).toHaveTextContent("manager.email: must be a well-formed email address");
    expect(alert).not.toHaveTextContent("already taken");
  });

  it("explains a conflict and keeps the server's detail and error id", async () => {
    await i18n.changeLanguage("en");
    const error = new ApiError(
      409,
      problem({ status: 409, type: "x/duplicate", title: "Conflict", detail: "username li.si exists", errorId: "e-42" }),
    );
    render(<ProblemAlert error={error} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("conflicts with existing data");
    expect(alert).toHaveTextContent("username li.si exists");
    expect(alert).toHaveTextContent("e-42");
  });

  it("tells a network failure apart from a server answer", async () => {
    await i18n.changeLanguage("en");
    render(<ProblemAlert error={new TypeError("Failed to fetch")} />);
    expect(screen.getByRole("alert")).toHaveTextContent("cannot be reached");
  });

  it("renders nothing without an error", () => {
    const { container } = render(<ProblemAlert error={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});
