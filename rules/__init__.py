"""Rule packs shipped with tqcheck (TOML data, installed as ``tqcheck.rules``)."""
