"""Memory under edits (issue 14 point 8), short: RSS flat after warm-up. The full soak
(20,000 edits, RSS every 1,000) is scripts/soak_lsp.py."""

from fuzz import lspfuzz, soak


def test_rss_is_flat_under_edits(tmp_path):
    samples = soak.run(lspfuzz.dense_source(300), "soak.go", 3000, 500, tmp_path)
    g = soak.growth(samples, 1000)
    print(f"RSS growth after 1,000 edits: {g:.1%}")
    assert g <= 0.10, samples
