package normalize

// htmlBlocks is a placeholder until HTML extraction lands.
func htmlBlocks(body string) (metadata, []block) {
	return metadata{}, textBlocks(body)
}
