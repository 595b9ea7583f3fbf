// CareCoord plugin module: filled in by its own commit.
export default [];
