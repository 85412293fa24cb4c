"""Scale-out: the same pipeline on Apache Spark (optional extra `scale`)."""
