import { h, uniqueId, type Child } from "../dom";

/** A labelled form field: `<label for>` + control, stacked. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || uniqueId("f");
  control.id = id;
  const hintEl = hint ? h("span", { className: "field__hint", id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute("aria-describedby", hintEl.id);
  return h("div", { className: "field" }, h("label", { attrs: { for: id } }, label), control, hintEl);
}

/** A `<select>` of [value, label] options. */
export function select(options: readonly (readonly [string, string])[], value?: string): HTMLSelectElement {
  const el = h("select", {}, ...options.map(([v, label]) => h("option", { attrs: { value: v } }, label)));
  if (value !== undefined) el.value = value;
  return el;
}

/** A button; `primary` gets the accent colour. */
export function button(
  label: string,
  onClick: (event: MouseEvent) => void,
  primary = false,
  extra: Record<string, string> = {},
): HTMLButtonElement {
  return h(
    "button",
    {
      className: primary ? "btn btn--primary" : "btn",
      attrs: { type: "button", ...extra },
      on: { click: onClick },
    },
    label,
  );
}

/** A fieldset with a legend. */
export function group(legend: string, ...children: Child[]): HTMLFieldSetElement {
  return h("fieldset", { className: "group" }, h("legend", {}, legend), ...children);
}

/** A checkbox with its label on the right. */
export function checkbox(
  label: string,
  checked: boolean,
  role?: "switch",
): { row: HTMLElement; input: HTMLInputElement } {
  const input = h("input", { attrs: { type: "checkbox", role } });
  input.checked = checked;
  input.id = uniqueId("c");
  if (role) input.setAttribute("aria-checked", String(checked));
  const row = h("div", { className: "check" }, input, h("label", { attrs: { for: input.id } }, label));
  return { row, input };
}

/** A radio group: name, [value, label] options. */
export function radios(
  name: string,
  options: readonly (readonly [string, string])[],
  value: string,
): { row: HTMLElement; get(): string; set(v: string): void } {
  const inputs = options.map(([v, label]) => {
    const input = h("input", { attrs: { type: "radio", name, value: v } });
    input.id = uniqueId("r");
    input.checked = v === value;
    return {
      input,
      row: h("div", { className: "check" }, input, h("label", { attrs: { for: input.id } }, label)),
    };
  });
  return {
    row: h("div", { className: "radios" }, ...inputs.map((i) => i.row)),
    get: () => inputs.find((i) => i.input.checked)?.input.value ?? value,
    set: (v) => inputs.forEach((i) => (i.input.checked = i.input.value === v)),
  };
}
