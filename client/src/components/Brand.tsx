// The name and mark in the header; a link back to the opening view.
export function Brand() {
  return (
    <a className="brand" href="/">
      <span className="brand__mark" aria-hidden="true" />
      cladescope
      <span className="brand__tag">the taxonomy of AI systems</span>
    </a>
  );
}
