package fr.peringenierie.site.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A length in characters as people count them: an emoji or a letter outside the basic
 * plane is one character, where {@code @Size} counts two (UTF-16 code units). A
 * {@code null} value is valid.
 */
@Documented
@Constraint(validatedBy = CodePointLength.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CodePointLength {

	int min() default 0;

	int max() default Integer.MAX_VALUE;

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CodePointLength, String> {

		private int min;

		private int max;

		@Override
		public void initialize(CodePointLength constraint) {
			this.min = constraint.min();
			this.max = constraint.max();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			int length = value.codePointCount(0, value.length());
			return length >= this.min && length <= this.max;
		}

	}

}
