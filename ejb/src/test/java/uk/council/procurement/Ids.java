package uk.council.procurement;

/** Gives entities the ids the database would, for unit tests of entity behaviour. */
public final class Ids {

    private Ids() {
    }

    public static <T> T set(T entity, long id) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
