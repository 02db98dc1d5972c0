"""The thirty-second blind probe collection: 能源与清洁取暖、国防动员与征兵、海洋与渔业."""
