"""Read archives of many formats into normalised documents kept in a durable store."""
